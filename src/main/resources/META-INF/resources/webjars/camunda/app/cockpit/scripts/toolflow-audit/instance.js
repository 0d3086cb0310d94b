// One instance's history: the diagram with the path taken, tasks with who completed them and their values,
// decisions, incidents and how they ended, outside calls, every activity, and every event (as in the CSV).
import { auditApiRoot, getJson, h, problem, table, time } from './dom.js';
import { renderDiagram } from './diagram.js';

function values(list) {
  return h('ul', { class: 'list-unstyled tf-audit-values' },
    list.map(v => h('li', {}, h('code', {}, v.name), ' = ', v.value === null ? 'null' : v.value)));
}

function part(className, title, content) {
  return h('section', { class: 'tf-audit-part ' + className }, h('h2', {}, title), content);
}

function entries(object) {
  return h('ul', { class: 'list-unstyled tf-audit-values' },
    Object.entries(object || {}).map(([name, value]) => h('li', {}, h('code', {}, name), ' = ', String(value))));
}

export function renderInstance(node, api, processInstanceId, routeScope) {
  const root = h('section', { class: 'tf-audit tf-audit-instance' },
    h('p', {}, h('a', { href: '#/toolflow-audit' }, '‹ Audit history')));
  node.appendChild(root);
  const url = auditApiRoot() + '/process-instances/' + encodeURIComponent(processInstanceId);
  getJson(url).then(trail => show(trail)).catch(error => problem(root, error));

  function show(trail) {
    const instance = trail.instance;
    const names = {};
    trail.activities.forEach(a => { names[a.activityId] = a.name || a.activityId; });
    const diagram = h('div', { class: 'tf-audit-diagram' });
    root.append(
      h('h1', {}, (instance.processDefinitionName || instance.processDefinitionKey) + ': '
        + (instance.businessKey || instance.id)),
      h('dl', { class: 'dl-horizontal tf-audit-head' },
        h('dt', {}, 'State'), h('dd', { class: 'tf-audit-state' }, instance.state),
        h('dt', {}, 'Tool'), h('dd', {}, instance.toolKey || '—'),
        h('dt', {}, 'Started'), h('dd', {}, time(instance.startTime), ' by ', instance.startUserId || '—'),
        h('dt', {}, 'Ended'), h('dd', {}, instance.endTime ? time(instance.endTime) : '—'),
        h('dt', {}, 'Process'), h('dd', {}, instance.processDefinitionKey + ' version ' + instance.processDefinitionVersion),
        h('dt', {}, 'Instance id'), h('dd', {}, h('code', {}, instance.id))),
      h('p', {}, h('a', { class: 'btn btn-default', href: url + '?format=csv', download: true }, 'Download CSV')),
      h('h2', {}, 'Path taken'), diagram,
      part('tf-audit-tasks', 'User tasks', table(['Task', 'Completed by', 'Created', 'Completed', 'Decision and values'],
        trail.userTasks.map(t => [t.name || t.activityId, t.completedBy || (t.completed ? '' : 'open'),
          time(t.created), time(t.completed), values(t.variables)]), 'No user task.')),
      part('tf-audit-decisions', 'Decisions', table(['Decision', 'Activity', 'Evaluated', 'Inputs', 'Result'],
        trail.decisions.map(d => [d.name || d.decisionKey, names[d.activityId] || d.activityId || '',
          time(d.evaluated), entries(d.inputs), h('div', {}, d.outputs.map(entries))]), 'No decision table was evaluated.')),
      part('tf-audit-incidents', 'Incidents', table(['Activity', 'Opened', 'Message', 'Ended', 'How', 'By'],
        trail.incidents.map(i => [names[i.activityId] || i.activityId, time(i.created), i.message || i.type,
          time(i.ended), i.state, i.resolvedBy || '']), 'No incident.')),
      part('tf-audit-calls', 'Outside calls', table(['Time', 'Activity', 'System', 'Operation', 'Target', 'Mode', 'Answer'],
        trail.outsideCalls.map(c => [time(c.time), names[c.activityId] || c.activityId || '', c.system, c.operation,
          c.target || '', c.dryRun ? 'dry-run' : 'live', c.outcome || '']), 'No outside call.')),
      part('tf-audit-activities', 'Activities', table(['Activity', 'Type', 'Started', 'Ended'],
        trail.activities.map(a => [a.name || a.activityId, a.type, time(a.start),
          a.canceled ? h('span', {}, time(a.end), ' (canceled)') : time(a.end)]), 'No activity.')),
      part('tf-audit-events', 'Every event', table(['Time', 'Activity', 'Event', 'User', 'Decision or values', 'Outside call'],
        trail.events.map(e => [time(e.time), e.activity || '', e.type, e.user || '', e.details || '',
          e.outsideCall || '']), '')));
    renderDiagram(diagram, api, instance.processDefinitionId, trail, routeScope);
  }
}
