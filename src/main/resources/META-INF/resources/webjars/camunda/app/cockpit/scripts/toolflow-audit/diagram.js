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
  // A flow was taken when both its ends were visited: history keeps activities, not flows.
  registry.filter(e => e.type === 'bpmn:SequenceFlow').forEach(flow => {
    const bo = flow.businessObject;
    if (visits[bo.sourceRef.id] && visits[bo.targetRef.id]) {
      canvas.addMarker(flow.id, 'tf-audit-passed');
    }
  });
}
