#!/usr/bin/env node
// Coverage gate: every flow node and sequence flow of every model in processes/ was passed by some test.
// Reads the process-test-coverage reports the test run just wrote (target/process-test-coverage/*/report.json)
// and fails the build naming each element no test reached, so a model change without its test cannot land.
'use strict';

const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { BpmnModdle } = require('bpmn-moddle');

const root = join(__dirname, '..', '..');
const reports = join(root, 'target', 'process-test-coverage');

// What a test can pass through: flow nodes (events, tasks, gateways, sub-processes) and sequence flows.
function elementsOf(container, into) {
  for (const element of container.flowElements || []) {
    if (element.$instanceOf('bpmn:FlowNode') || element.$instanceOf('bpmn:SequenceFlow')) {
      into.add(element.id);
    }
    if (element.$instanceOf('bpmn:SubProcess')) {
      elementsOf(element, into);
    }
  }
  return into;
}

async function modelsOfTheProject() {
  const moddle = new BpmnModdle();
  const models = new Map();
  const files = readdirSync(join(root, 'processes')).filter(name => name.endsWith('.bpmn')).sort();
  for (const file of files) {
    const { rootElement } = await moddle.fromXML(readFileSync(join(root, 'processes', file), 'utf8'));
    for (const process of rootElement.rootElements.filter(element => element.$instanceOf('bpmn:Process'))) {
      models.set(process.id, { file, elements: elementsOf(process, new Set()) });
    }
  }
  return models;
}

function passedElementsByModel() {
  const passed = new Map();
  for (const suite of readdirSync(reports)) {
    const report = join(reports, suite, 'report.json');
    if (!existsSync(report)) {
      continue;
    }
    for (const { runs } of JSON.parse(readFileSync(report, 'utf8')).suites) {
      for (const { events } of runs) {
        for (const { modelKey, definitionKey } of events) {
          if (!passed.has(modelKey)) {
            passed.set(modelKey, new Set());
          }
          passed.get(modelKey).add(definitionKey);
        }
      }
    }
  }
  return passed;
}

async function main() {
  if (!existsSync(reports)) {
    console.error('coverage: no reports under target/process-test-coverage; run the tests first (./mvnw verify)');
    process.exit(1);
  }
  const models = await modelsOfTheProject();
  const passed = passedElementsByModel();
  const gaps = [];
  for (const [ key, { file, elements } ] of models) {
    const reached = passed.get(key) || new Set();
    const missing = [ ...elements ].filter(id => !reached.has(id));
    const percent = (100 * (elements.size - missing.length) / elements.size).toFixed(1);
    console.log(`coverage: ${key} (${file}): ${elements.size - missing.length} of ${elements.size} elements, ${percent}%`);
    if (missing.length) {
      const named = missing.slice(0, 25).join(', ');
      const more = missing.length > 25 ? ` and ${missing.length - 25} more` : '';
      gaps.push(`${file}: no test passes ${named}${more}`);
    }
  }
  if (gaps.length) {
    console.error('coverage: every flow node and sequence flow of every process needs a test that passes it:');
    gaps.forEach(gap => console.error(`- ${gap}`));
    process.exit(1);
  }
}

main().catch(error => {
  console.error(`coverage: ${error.stack || error}`);
  process.exit(1);
});
