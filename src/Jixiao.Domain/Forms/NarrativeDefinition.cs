using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Forms;

/// <summary>
/// The 项目经费情况说明 a form carries beside its grid (2024/2021 district): its title and its sections 一…七 with the
/// headings printed before each. A form whose narrative texts are header fields (2020 municipal 项目概况…) has none.
/// </summary>
public sealed record NarrativeDefinition(string Title, IReadOnlyList<NarrativePart> Sections);

/// <summary>One section of the 项目经费情况说明 as printed: `一、项目概述`.</summary>
public sealed record NarrativePart(NarrativeSection Section, string Heading);
