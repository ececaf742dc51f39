// Draws the charts of /Analysis from the data-chart attribute of each placeholder. The table beside every chart
// carries the same numbers, so without ECharts (npm unavailable) the page simply shows the tables.
const echarts = window.echarts;

function render(el) {
  const spec = JSON.parse(el.dataset.chart);
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    title: { text: spec.title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, show: spec.series.length > 1 },
    grid: { left: 48, right: 16, top: 40, bottom: spec.series.length > 1 ? 56 : 32, containLabel: true },
    xAxis: { type: 'category', data: spec.categories, axisLabel: { interval: 0, overflow: 'truncate', width: 120 } },
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
