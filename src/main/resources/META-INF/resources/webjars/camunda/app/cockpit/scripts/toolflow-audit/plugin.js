// Audit history for Cockpit Community Edition: a header link, a search page and an instance page.
import { addStylesheet } from './dom.js';
import { renderSearch } from './search.js';
import { renderInstance } from './instance.js';

export const ROUTE = '/toolflow-audit';

addStylesheet(new URL('./audit.css', import.meta.url).href);

// Cockpit's diagram widget keeps its viewbox in the URL's query; on a route that reloads on a query change, every
// pan or zoom would render the page again. Cockpit's plugin API cannot say so, AngularJS's route table can.
function stayOnQueryChange(path) {
  const injector = window.angular && window.angular.element(document.documentElement).injector();
  const route = injector && injector.has('$route') && injector.get('$route').routes[path];
  if (route) {
    route.reloadOnSearch = false;
  }
}

export default [
  {
    id: 'toolflow-audit-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 40,
    properties: { path: ROUTE },
    render(node) {
      const link = document.createElement('a');
      link.href = '#' + ROUTE;
      link.textContent = 'Audit history';
      node.appendChild(link);
    }
  },
  {
    id: 'toolflow-audit-search',
    pluginPoint: 'cockpit.route',
    properties: { path: ROUTE },
    render(node, { api }) {
      stayOnQueryChange(ROUTE);
      renderSearch(node, api);
    }
  },
  {
    id: 'toolflow-audit-instance',
    pluginPoint: 'cockpit.route',
    properties: { path: ROUTE + '/:processInstanceId' },
    render(node, { api }, routeScope) {
      stayOnQueryChange(ROUTE + '/:processInstanceId');
      const id = decodeURIComponent(window.location.hash.split('?')[0].split('/')[2] || '');
      renderInstance(node, api, id, routeScope);
    }
  }
];
