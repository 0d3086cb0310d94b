// Element templates: every template in element-templates/ follows Camunda's schema, and every service task that calls
// a ToolFlow delegate (camunda:delegateExpression="${...Delegate}") carries the template of that delegate.
'use strict';

const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { basename, join } = require('node:path');
const { validate } = require('@bpmn-io/element-templates-validator');
const { BpmnModdle } = require('bpmn-moddle');

const SCHEMA = 'https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json';
const TOOLFLOW_DELEGATE = /^\$\{\w+Delegate\}$/;

function bindingOf(property, type, name) {
  return property.binding.type === type && (name === undefined || property.binding.name === name);
}

function delegateOf(template) {
  const fixed = template.properties.filter(p => bindingOf(p, 'property', 'camunda:delegateExpression'));
  return fixed.length === 1 ? fixed[0] : undefined;
}

// The schema allows much; these are the house rules on top: one fixed delegate, inputs that say what they are.
function houseRuleProblems(template) {
  const problems = [];
  if (template.$schema !== SCHEMA) {
    problems.push(`"$schema" must be ${SCHEMA}`);
  }
  if (!Number.isInteger(template.version)) {
    problems.push('needs an integer "version": models record it as camunda:modelerTemplateVersion');
  }
  const delegate = delegateOf(template);
  if (!delegate || delegate.type !== 'Hidden' || !TOOLFLOW_DELEGATE.test(String(delegate.value))) {
    problems.push('needs exactly one Hidden property bound to camunda:delegateExpression with a value like ${beanNameDelegate}');
  }
  if (!template.properties.some(p => bindingOf(p, 'property', 'camunda:asyncBefore'))) {
    problems.push('needs a camunda:asyncBefore property, so that the process owner sees whether the call runs in a job of its own');
  }
  template.properties.filter(p => bindingOf(p, 'camunda:inputParameter')).forEach(p => {
    if (!p.label || !p.description) {
      problems.push(`input ${p.binding.name} needs a label and a description`);
    }
  });
  return problems;
}

/** Reads every template file of a folder; returns the templates by delegate expression and the problems found. */
function loadTemplates(folder) {
  const problems = [];
  const byDelegate = new Map();
  const seen = new Set();
  const files = existsSync(folder) ? readdirSync(folder).filter(name => name.endsWith('.json')).sort() : [];
  for (const name of files) {
    const text = readFileSync(join(folder, name), 'utf8');
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      problems.push(`${name}: not JSON (${error.message})`);
      continue;
    }
    const result = validate(text);
    if (!result.valid) {
      result.errors.forEach(error => {
        const line = error.dataPointer ? ` (line ${error.dataPointer.value.line + 1})` : '';
        problems.push(`${name}${line}: ${error.message}`);
      });
      continue;
    }
    for (const template of Array.isArray(parsed) ? parsed : [ parsed ]) {
      const key = `${template.id}@${template.version}`;
      houseRuleProblems(template).forEach(problem => problems.push(`${name}: template ${template.id}: ${problem}`));
      if (seen.has(key)) {
        problems.push(`${name}: template ${template.id} version ${template.version} is defined twice`);
      }
      seen.add(key);
      const delegate = delegateOf(template);
      if (delegate) {
        byDelegate.set(delegate.value, template);
      }
    }
  }
  return { files, problems, byDelegate, byKey: new Map([ ...byDelegate.values() ].map(t => [ `${t.id}@${t.version}`, t ])) };
}

function flowElementsOf(container) {
  return (container.flowElements || []).flatMap(element => [ element, ...flowElementsOf(element) ]);
}

function extensionsOf(element, type) {
  return ((element.extensionElements && element.extensionElements.values) || []).filter(value => value.$type === type);
}

function inputParametersOf(element) {
  const parameters = new Map();
  extensionsOf(element, 'camunda:inputOutput').forEach(io =>
    (io.$children || []).filter(child => child.$type === 'camunda:inputParameter')
      .forEach(child => parameters.set(child.name, child.$body)));
  return parameters;
}

function taskProblems(element, templates) {
  const attrs = element.$attrs;
  const delegate = attrs['camunda:delegateExpression'];
  const label = `${element.$type} ${element.id}`;
  const templateId = attrs['camunda:modelerTemplate'];
  const expected = templates.byDelegate.get(delegate);
  if (!templateId) {
    return [ expected
      ? `${label} calls ${delegate} without its element template; apply "${expected.name}" (${expected.id}) in Camunda Modeler`
      : `${label} calls ${delegate}, for which element-templates/ has no template; write one` ];
  }
  const version = attrs['camunda:modelerTemplateVersion'];
  const template = templates.byKey.get(`${templateId}@${version}`);
  if (!template) {
    return [ `${label} names template ${templateId} version ${version}, which element-templates/ does not define` ];
  }
  const problems = [];
  const fixed = delegateOf(template).value;
  if (fixed !== delegate) {
    problems.push(`${label} calls ${delegate}, but its template ${templateId} fixes camunda:delegateExpression to ${fixed}`);
  }
  if (!template.appliesTo.includes(element.$type)) {
    problems.push(`${label}: template ${templateId} applies to ${template.appliesTo.join(', ')} only`);
  }
  const inputs = inputParametersOf(element);
  template.properties.filter(p => bindingOf(p, 'camunda:inputParameter')).forEach(property => {
    const name = property.binding.name;
    const value = inputs.get(name);
    const required = property.constraints && property.constraints.notEmpty;
    if (value === undefined || value === '') {
      if (required) {
        problems.push(`${label} lacks the input ${name} that its template ${templateId} requires`);
      }
      return;
    }
    const allowed = property.type === 'Dropdown' ? property.choices.map(choice => choice.value) : undefined;
    if (allowed && !allowed.includes(value)) {
      problems.push(`${label}: input ${name}="${value}" is not one of ${allowed.join(', ')} (template ${templateId})`);
    }
  });
  // Camunda 7 templates cannot bind the retry cycle, so the lint asks for it instead.
  if (attrs['camunda:asyncBefore'] === 'true' && extensionsOf(element, 'camunda:failedJobRetryTimeCycle').length === 0) {
    problems.push(`${label} runs asynchronously but has no camunda:failedJobRetryTimeCycle; set one (ToolFlow uses R5/PT10M)`);
  }
  return problems;
}

/** The problems of one BPMN file: each service task that calls a ToolFlow delegate against its template. */
async function modelProblems(path, templates) {
  const { rootElement } = await new BpmnModdle().fromXML(readFileSync(path, 'utf8'));
  const name = basename(path);
  return (rootElement.rootElements || [])
    .filter(element => element.$type === 'bpmn:Process')
    .flatMap(flowElementsOf)
    .filter(element => TOOLFLOW_DELEGATE.test(element.$attrs['camunda:delegateExpression'] || ''))
    .flatMap(element => taskProblems(element, templates))
    .map(problem => `${name}: ${problem}`);
}

module.exports = { loadTemplates, modelProblems };
