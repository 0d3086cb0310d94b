// Small DOM and HTTP helpers. Text always goes in through textContent: trail values are user input.

export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.substring(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat().forEach(child => {
    if (child !== undefined && child !== null && child !== false) {
      element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return element;
}

export function addStylesheet(href) {
  if (!document.querySelector('link[data-toolflow-audit]')) {
    document.head.appendChild(h('link', { rel: 'stylesheet', type: 'text/css', href, 'data-toolflow-audit': true }));
  }
}

// ToolFlow's /api sits beside the webapps: the app root is <context path>/camunda.
export function auditApiRoot() {
  const appRoot = document.querySelector('base').getAttribute('app-root') || '';
  return appRoot.replace(/\/[^/]*$/, '') + '/api/audit';
}

export async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (response.ok) {
    return response.json();
  }
  let message = response.status === 401 ? 'Your session has ended: log in to Cockpit again.'
    : response.status === 403 ? 'You may not read this history.'
      : response.status === 404 ? 'There is no such process instance.' : 'The server answered ' + response.status + '.';
  try {
    const body = await response.json();
    if (body.fields && body.fields.length) {
      message = body.fields.map(f => f.field + ': ' + f.message).join('; ');
    }
  } catch (ignored) {
    // not JSON: keep the status message
  }
  throw new Error(message);
}

export function time(iso) {
  if (!iso) {
    return '';
  }
  const shown = h('span', { title: iso }, new Date(iso).toLocaleString());
  return shown;
}

export function table(headers, rows, emptyText) {
  if (!rows.length) {
    return h('p', { class: 'tf-audit-empty' }, emptyText);
  }
  return h('table', { class: 'cam-table tf-audit-table' },
    h('thead', {}, h('tr', {}, headers.map(title => h('th', {}, title)))),
    h('tbody', {}, rows.map(cells => h('tr', {}, cells.map(cell => h('td', {}, cell))))));
}

export function problem(node, error) {
  node.appendChild(h('div', { class: 'alert alert-danger tf-audit-problem', role: 'alert' }, error.message || String(error)));
}
