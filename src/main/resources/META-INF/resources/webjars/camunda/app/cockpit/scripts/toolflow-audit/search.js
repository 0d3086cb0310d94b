// The history search: every process, completed or running, by process, business key, tool, dates and state.
import { auditApiRoot, getJson, h, problem, table, time } from './dom.js';

const STORED = 'toolflow-audit-search';
const PAGE_SIZE = 20;
const STATES = [['', 'any state'], ['running', 'running'], ['completed', 'completed'],
  ['terminated', 'terminated'], ['with-incidents', 'with incidents']];

function storedCriteria() {
  try {
    return JSON.parse(sessionStorage.getItem(STORED)) || {};
  } catch (ignored) {
    return {};
  }
}

// Dates are entered as local days; the API gets the instants where those days start and end.
function instant(day, endOfDay) {
  if (!day) {
    return '';
  }
  const date = new Date(day + 'T00:00:00');
  if (endOfDay) {
    date.setDate(date.getDate() + 1);
  }
  return date.toISOString();
}

export function renderSearch(node, api) {
  const criteria = Object.assign({ page: 0, dateField: 'finished' }, storedCriteria());
  const processSelect = h('select', { class: 'form-control', name: 'process', 'aria-label': 'Process' },
    h('option', { value: '' }, 'every process'));
  const field = (name, label, type) => h('input', { class: 'form-control', name, type: type || 'text',
    placeholder: label, 'aria-label': label, value: criteria[name] || '' });
  const businessKey = field('businessKey', 'Business key (ending * = prefix)');
  const toolKey = field('toolKey', 'Tool key');
  const dateField = h('select', { class: 'form-control', name: 'dateField', 'aria-label': 'Dates refer to' },
    h('option', { value: 'finished', selected: criteria.dateField === 'finished' }, 'ended'),
    h('option', { value: 'started', selected: criteria.dateField === 'started' }, 'started'));
  const from = field('from', 'from', 'date');
  const to = field('to', 'to', 'date');
  const state = h('select', { class: 'form-control', name: 'state', 'aria-label': 'State' },
    STATES.map(([value, label]) => h('option', { value, selected: (criteria.state || '') === value }, label)));
  const results = h('div', { class: 'tf-audit-results' });

  const form = h('form', { class: 'form-inline tf-audit-form', onsubmit: event => {
    event.preventDefault();
    criteria.page = 0;
    search();
  } },
  processSelect, businessKey, toolKey, h('label', {}, 'Dates ', dateField), from, to, state,
  h('button', { type: 'submit', class: 'btn btn-primary' }, 'Search'),
  h('button', { type: 'button', class: 'btn btn-default', onclick: () => {
    sessionStorage.removeItem(STORED);
    [businessKey, toolKey, from, to].forEach(input => { input.value = ''; });
    processSelect.value = '';
    state.value = '';
    criteria.page = 0;
    search();
  } }, 'Clear'));

  node.appendChild(h('section', { class: 'tf-audit' },
    h('h1', {}, 'Audit history'),
    h('p', { class: 'text-muted' }, 'Completed and running instances of every process you may read. '
      + 'Open one to see who did what, when, and with which decision.'),
    form, results));

  getJson(auditApiRoot() + '/processes').then(processes => {
    processes.forEach(p => processSelect.appendChild(h('option', { value: p.key, selected: criteria.process === p.key },
      p.name + ' (' + p.key + ')')));
  }).catch(error => problem(results, error));

  function search() {
    Object.assign(criteria, { process: processSelect.value, businessKey: businessKey.value.trim(),
      toolKey: toolKey.value.trim(), dateField: dateField.value, from: from.value, to: to.value, state: state.value });
    sessionStorage.setItem(STORED, JSON.stringify(criteria));
    const query = new URLSearchParams({ page: criteria.page, size: PAGE_SIZE });
    ['process', 'businessKey', 'toolKey', 'state'].forEach(name => criteria[name] && query.set(name, criteria[name]));
    if (criteria.from) {
      query.set(criteria.dateField + 'From', instant(criteria.from, false));
    }
    if (criteria.to) {
      query.set(criteria.dateField + 'To', instant(criteria.to, true));
    }
    results.replaceChildren(h('p', { class: 'text-muted' }, 'Searching…'));
    getJson(auditApiRoot() + '/process-instances?' + query).then(page => showPage(page))
      .catch(error => {
        results.replaceChildren();
        problem(results, error);
      });
  }

  function showPage(page) {
    const first = page.total === 0 ? 0 : page.page * page.size + 1;
    const last = Math.min(page.total, (page.page + 1) * page.size);
    const rows = page.items.map(item => [
      h('a', { href: '#/toolflow-audit/' + encodeURIComponent(item.id), class: 'tf-audit-open' },
        item.businessKey || item.id),
      (item.processDefinitionName || item.processDefinitionKey) + ' v' + item.processDefinitionVersion,
      item.toolKey || '', item.state, time(item.startTime), time(item.endTime), item.startUserId || '']);
    results.replaceChildren(
      h('p', { class: 'tf-audit-count' }, page.total === 0 ? 'No instance matches.'
        : first + '–' + last + ' of ' + page.total),
      table(['Business key', 'Process', 'Tool', 'State', 'Started', 'Ended', 'Started by'], rows, ''),
      h('div', { class: 'tf-audit-pager' },
        h('button', { type: 'button', class: 'btn btn-default', disabled: page.page === 0, onclick: () => {
          criteria.page -= 1;
          search();
        } }, '‹ Previous'),
        h('button', { type: 'button', class: 'btn btn-default', disabled: last >= page.total, onclick: () => {
          criteria.page += 1;
          search();
        } }, 'Next ›')));
  }

  search();
}
