using Jixiao.Data.Content;
using Jixiao.Domain.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Jixiao.Web.Infrastructure;

/// <summary>
/// The web boundary of <see cref="TextHygiene"/>, one place per channel: JSON bodies of the API (which the editors
/// use too) through <see cref="CleanTextJsonConverter"/>, and every string a Razor page binds from a form, the query
/// or the route through <see cref="CleanTextModelBinder"/>. Control characters and noncharacters are removed, not
/// refused: they are invisible, arrive by copy-paste, and nobody expects a save to fail over them.
/// </summary>
public static class TextHygieneSetup
{
    public static IServiceCollection AddJixiaoTextHygiene(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new CleanTextJsonConverter()));
        services.Configure<MvcOptions>(o => o.ModelBinderProviders.Insert(0, new CleanTextModelBinderProvider()));
        return services;
    }
}

/// <summary>Binds strings from value providers (form, query, route) as MVC does, then cleans them.</summary>
public sealed class CleanTextModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        if (context.Metadata.ModelType != typeof(string)) return null;
        var source = context.BindingInfo.BindingSource;
        // Bodies, services and headers have binders of their own; JSON bodies are cleaned by the converter.
        if (source is not null && source != BindingSource.Form && source != BindingSource.Query
            && source != BindingSource.Path && source != BindingSource.ModelBinding) return null;
        return new CleanTextModelBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()));
    }
}

public sealed class CleanTextModelBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result is { IsModelSet: true, Model: string text } && !TextHygiene.IsClean(text))
            bindingContext.Result = ModelBindingResult.Success(TextHygiene.Clean(text));
    }
}
