// Draws the charts of /Analysis from the data-chart attribute of each placeholder. The table beside every chart
// carries the same numbers, so without ECharts (npm unavailable) the page simply shows the tables.
const echarts = window.echarts;

function render(el) {
  const spec = JSON.parse(el.dataset.chart);
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  // Category names get the width of their own bar group; when that is too narrow to read (many projects on a
  // 1366-pixel screen) they are slanted instead of printed over each other.
  const room = (el.clientWidth - 80) / Math.max(1, spec.categories.length) - 8;
  const axisLabel = room >= 84 ? { interval: 0, overflow: 'truncate', width: room } : { interval: 0, rotate: 35, overflow: 'truncate', width: 110 };
  chart.setOption({
    animation: false,
    title: { text: spec.title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, show: spec.series.length > 1 },
    grid: { left: 48, right: 16, top: 40, bottom: spec.series.length > 1 ? 56 : 32, containLabel: true },
    xAxis: { type: 'category', data: spec.categories, axisLabel },
    yAxis: { type: 'value' },
    series: spec.series.map((s) => ({ name: s.name, type: 'bar', data: s.data, label: { show: true, position: 'top' } })),
  });
  window.addEventListener('resize', () => chart.resize());
  el.dataset.rendered = 'true';
}

if (echarts) {
  document.querySelectorAll('[data-chart]').forEach(render);
} else {
  document.querySelectorAll('[data-chart]').forEach((el) => el.remove());
}
