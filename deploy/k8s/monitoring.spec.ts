import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Pool } from 'pg';
import { Histogram } from 'prom-client';
import { parse } from 'yaml';
import { OutboxRelay } from '../../libs/event-store/src';
import { createKafkaClient } from '../../libs/messaging/src';
import { ConsumerMetrics } from '../../libs/messaging/src/consumer/consumer-metrics';
import { loadServiceConfig, ServiceMetrics, type ServiceRuntime } from '../../libs/service-kit/src';
import { LoadShedder } from '../../apps/gateway/src/overload/load-shedder';

// Every series an alert or a dashboard panel reads must be one the code exports, or it would stay silent.
const monitoring = resolve(__dirname, 'base/monitoring');

function metricsTheCodeExports(): Set<string> {
  const metrics = new ServiceMetrics('any');
  new ConsumerMetrics('any.group', metrics.registry);
  new OutboxRelay({ name: 'any', pool: new Pool(), databaseUrl: 'postgres://127.0.0.1/any', kafka: createKafkaClient({ clientId: 'any', brokers: ['127.0.0.1:9092'] }), topicFor: () => undefined, metrics: metrics.registry });
  new LoadShedder({ config: loadServiceConfig('gateway', {}) } as ServiceRuntime, metrics);
  const names = new Set(metrics.registry.getMetricsAsArray().map((metric) => metric.name));
  // Histograms are queried through their series; Prometheus adds `up` for every target.
  for (const metric of metrics.registry.getMetricsAsArray()) {
    if (metric instanceof Histogram) for (const suffix of ['_bucket', '_count', '_sum']) names.add(`${metric.name}${suffix}`);
  }
  names.add('up');
  return names;
}

/** Metric names in a PromQL expression: identifiers followed by a selector, a range or a closing parenthesis. */
function metricsIn(expression: string): string[] {
  const withoutStrings = expression.replace(/"[^"]*"/g, '""').replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, '');
  const names = [...withoutStrings.matchAll(/\b([a-z_:][a-z0-9_:]*)\s*(?=[{[)]|\s*(?:==|>|<|$))/g)].map((match) => match[1]!);
  const notMetrics = new Set(['and', 'or', 'unless']);
  return names.filter((name) => !notMetrics.has(name) && !name.startsWith('groundswell:'));
}

const alertExpressions = (): string[] => {
  const rule = parse(readFileSync(resolve(monitoring, 'alerts.yaml'), 'utf8')) as { spec: { groups: Array<{ rules: Array<{ expr: string }> }> } };
  return rule.spec.groups.flatMap((group) => group.rules.map((entry) => String(entry.expr)));
};

const dashboardExpressions = (): string[] =>
  ['golden-signals.json', 'event-pipeline.json'].flatMap((file) => {
    const dashboard = JSON.parse(readFileSync(resolve(monitoring, 'dashboards', file), 'utf8')) as { panels: Array<{ targets: Array<{ expr: string }> }> };
    return dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr));
  });

describe('alerts and dashboards', () => {
  const exported = metricsTheCodeExports();

  it('should query only metrics the services export', () => {
    const used = [...alertExpressions(), ...dashboardExpressions()].flatMap(metricsIn);
    expect(used.length).toBeGreaterThan(20);
    expect([...new Set(used)].filter((name) => !exported.has(name))).toEqual([]);
  });

  it('should notice a query of a metric no service exports', () => {
    expect(metricsIn('sum(rate(outbox_events_lost_total[5m])) > 0').filter((name) => !exported.has(name))).toEqual(['outbox_events_lost_total']);
  });
});
