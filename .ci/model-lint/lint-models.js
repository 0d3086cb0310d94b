#!/usr/bin/env node
// Lints every BPMN model of processes/ (and the browser-test fixtures) with .bpmnlintrc, then checks the element
// templates of element-templates/ and that every task calling a ToolFlow delegate carries its template.
// Warnings fail like errors: Camunda Modeler flags both, and a flagged model must not land.
'use strict';

const { existsSync, readdirSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..', '..');
const bpmnlint = require.resolve('bpmnlint/bin/bpmnlint.js');
const { loadTemplates, modelProblems } = require('./element-templates');

// A model that breaks a recommended rule and a Camunda 7.24 rule: if it passes, the rules no longer bite.
const knownBad = 'src/test/resources/model-checks/lint-rejects-this.bpmn';
const knownBadRules = [ 'label-required', 'history-time-to-live' ];
const modelFolders = [ 'processes', 'src/test/resources/browser' ];
const templateFolder = 'element-templates';
// A template that breaks the schema, and a model whose tasks break each template rule: if they pass, the checks no longer bite.
const knownBadTemplates = 'src/test/resources/model-checks/element-templates';
const knownBadTemplateProblem = 'invalid property type "Boolean" for binding type "camunda:inputParameter"';
const knownBadTemplateModel = 'src/test/resources/model-checks/template-rejects-this.bpmn';
const knownBadTemplateModelProblems = [
  'bpmn:ServiceTask Task_NoTemplate calls ${createRtTicketDelegate} without its element template',
  'bpmn:ServiceTask Task_OtherDelegate calls ${commentOtherCustomerDelegate}, but its template org.toolflow.change-request.CreateRtTicket fixes',
  'bpmn:ServiceTask Task_UnknownRecipient: input mailRecipient="everyone" is not one of',
  'bpmn:ServiceTask Task_NoRetryCycle runs asynchronously but has no camunda:failedJobRetryTimeCycle',
  'bpmn:ServiceTask Task_NoTemplateWritten calls ${doSomethingNewDelegate}, for which element-templates/ has no template'
];

function bpmnFilesUnder(folder) {
  const dir = join(root, folder);
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir).flatMap(name => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) {
      return bpmnFilesUnder(path);
    }
    return name.endsWith('.bpmn') ? [ path ] : [];
  }).sort();
}

// bpmnlint resolves .bpmnlintrc and its plugins from the working directory, so it runs here.
function lint(files, stdio) {
  const paths = files.map(file => relative(__dirname, join(root, file)));
  return spawnSync(process.execPath, [ bpmnlint, '--max-warnings=0', ...paths ], {
    cwd: __dirname,
    stdio,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' }
  });
}

function fail(message) {
  console.error(`bpmnlint: ${message}`);
  process.exit(1);
}

const selfCheck = lint([ knownBad ], 'pipe');
const output = `${selfCheck.stdout}${selfCheck.stderr}`;
const missing = knownBadRules.filter(rule => !output.includes(rule));
if (selfCheck.status !== 1 || missing.length) {
  process.stdout.write(output);
  fail(`${knownBad} should break ${knownBadRules.join(' and ')}, but the linter did not say so; check .bpmnlintrc`);
}

async function checkTemplates(models) {
  const badTemplates = loadTemplates(join(root, knownBadTemplates));
  if (!badTemplates.problems.some(problem => problem.includes(knownBadTemplateProblem))) {
    console.error(badTemplates.problems.join('\n'));
    fail(`${knownBadTemplates} should break the element-templates schema, but the validator did not say so`);
  }
  const templates = loadTemplates(join(root, templateFolder));
  if (templates.problems.length) {
    console.error(templates.problems.map(problem => `${templateFolder}/${problem}`).join('\n'));
    fail(`the element templates above break Camunda's element-templates schema or the house rules`);
  }
  const badModel = await modelProblems(join(root, knownBadTemplateModel), templates);
  const unsaid = knownBadTemplateModelProblems.filter(expected => !badModel.some(problem => problem.includes(expected)));
  if (unsaid.length) {
    console.error(badModel.join('\n'));
    fail(`${knownBadTemplateModel} should be refused for:\n  ${unsaid.join('\n  ')}`);
  }
  const problems = (await Promise.all(models.map(model => modelProblems(join(root, model), templates)))).flat();
  if (problems.length) {
    console.error(problems.join('\n'));
    fail('the tasks above call ToolFlow delegates without their element templates (element-templates/, docs/modelling.md, "Element templates")');
  }
  console.log(`element templates: ${templates.byKey.size} template(s) in ${templates.files.length} file(s) pass the schema; `
    + 'every task that calls a ToolFlow delegate carries its template');
}

async function main() {
  const models = modelFolders.flatMap(bpmnFilesUnder);
  if (models.length === 0) {
    console.log(`bpmnlint: no BPMN models in ${modelFolders.join(' or ')} yet, nothing to lint`);
    return;
  }
  const result = lint(models, 'inherit');
  if (result.status !== 0) {
    fail(`the models above break the rules of .ci/model-lint/.bpmnlintrc (file, then element id, severity, message, rule); fix them in Camunda Modeler`);
  }
  console.log(`bpmnlint: ${models.length} model(s) pass bpmnlint:recommended and camunda-platform-7-24: ${models.join(', ')}`);
  await checkTemplates(models);
}

main().catch(error => fail(error.stack || String(error)));
