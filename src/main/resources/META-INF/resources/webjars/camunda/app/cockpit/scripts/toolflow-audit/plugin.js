// Audit history for Cockpit Community Edition: a header link, a search page and an instance page.
import { addStylesheet } from './dom.js';
import { renderSearch } from './search.js';
import { renderInstance } from './instance.js';

export const ROUTE = '/toolflow-audit';

addStylesheet(new URL('./audit.css', import.meta.url).href);

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
      renderSearch(node, api);
    }
  },
  {
    id: 'toolflow-audit-instance',
    pluginPoint: 'cockpit.route',
    properties: { path: ROUTE + '/:processInstanceId' },
    render(node, { api }, routeScope) {
      const id = decodeURIComponent(window.location.hash.split('?')[0].split('/')[2] || '');
      renderInstance(node, api, id, routeScope);
    }
  }
];
