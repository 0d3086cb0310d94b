// The diagram with the path taken, drawn by Cockpit's own BPMN viewer widget (bpmn-js), reached through the
// AngularJS injector of the page. Where that is not possible the activity table below still shows the path.
import { getJson, h } from './dom.js';

// The viewer's scope is a child of the route's scope, so leaving the page destroys it.
export function renderDiagram(container, api, processDefinitionId, trail, routeScope) {
  const angular = window.angular;
  const injector = angular && angular.element(document.documentElement).injector();
  if (!injector || !injector.has('$compile')) {
    container.appendChild(h('p', { class: 'text-muted' }, 'The diagram viewer is not available; see the activities below.'));
    return;
  }
  getJson(api.engineApi + '/process-definition/' + encodeURIComponent(processDefinitionId) + '/xml')
    .then(definition => {
      const scope = (routeScope || injector.get('$rootScope')).$new(true);
      scope.xml = definition.bpmn20Xml;
      scope.control = {};
      scope.loaded = () => markPath(scope.control.getViewer(), trail);
      const viewer = injector.get('$compile')(
        '<div cam-widget-bpmn-viewer diagram-data="xml" control="control" on-load="loaded()"></div>')(scope);
      container.appendChild(viewer[0]);
      scope.$applyAsync();
    })
    .catch(error => container.appendChild(h('p', { class: 'text-muted' },
      'The diagram could not be loaded (' + error.message + '); see the activities below.')));
}

function markPath(viewer, trail) {
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  const overlays = viewer.get('overlays');
  const visits = {};
  const open = new Set();
  trail.activities.forEach(a => {
    visits[a.activityId] = (visits[a.activityId] || 0) + 1;
    if (!a.end) {
      open.add(a.activityId);
    }
  });
  const mark = (id, marker) => registry.get(id) && canvas.addMarker(id, marker);
  Object.keys(visits).forEach(id => {
    mark(id, open.has(id) ? 'tf-audit-active' : 'tf-audit-passed');
    if (visits[id] > 1 && registry.get(id)) {
      overlays.add(id, { position: { top: -12, right: 12 }, html: h('span', { class: 'badge tf-audit-visits',
        title: visits[id] + ' visits' }, '×' + visits[id]) });
    }
  });
  trail.incidents.forEach(i => mark(i.activityId, i.state === 'open' ? 'tf-audit-incident' : 'tf-audit-had-incident'));
  // History keeps visits, not flows: each visit came through the flow from the latest earlier visit of one of its
  // sources, preferring the same execution (parallel branches run on their own executions).
  const incoming = {};
  registry.filter(e => e.type === 'bpmn:SequenceFlow').forEach(flow => {
    const bo = flow.businessObject;
    (incoming[bo.targetRef.id] = incoming[bo.targetRef.id] || []).push({ id: flow.id, source: bo.sourceRef.id });
  });
  trail.activities.forEach((visit, index) => {
    let best = null;
    (incoming[visit.activityId] || []).forEach(flow => {
      for (let i = index - 1; i >= 0; i--) {
        const earlier = trail.activities[i];
        if (earlier.activityId === flow.source) {
          const rank = (earlier.executionId === visit.executionId ? 1e9 : 0) + i;
          if (!best || rank > best.rank) {
            best = { rank, flow: flow.id };
          }
          break;
        }
      }
    });
    if (best) {
      canvas.addMarker(best.flow, 'tf-audit-passed');
    }
  });
}
