#!/usr/bin/env node
// Lints every BPMN model of processes/ (and the browser-test fixtures) with .bpmnlintrc.
// Warnings fail like errors: Camunda Modeler flags both, and a flagged model must not land.
'use strict';

const { existsSync, readdirSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..', '..');
const bpmnlint = require.resolve('bpmnlint/bin/bpmnlint.js');

// A model that breaks a recommended rule and a Camunda 7.24 rule: if it passes, the rules no longer bite.
const knownBad = 'src/test/resources/model-checks/lint-rejects-this.bpmn';
const knownBadRules = [ 'label-required', 'history-time-to-live' ];
const modelFolders = [ 'processes', 'src/test/resources/browser' ];

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

const models = modelFolders.flatMap(bpmnFilesUnder);
if (models.length === 0) {
  console.log(`bpmnlint: no BPMN models in ${modelFolders.join(' or ')} yet, nothing to lint`);
  process.exit(0);
}

const result = lint(models, 'inherit');
if (result.status !== 0) {
  fail(`the models above break the rules of .ci/model-lint/.bpmnlintrc (file, then element id, severity, message, rule); fix them in Camunda Modeler`);
}
console.log(`bpmnlint: ${models.length} model(s) pass bpmnlint:recommended and camunda-platform-7-24: ${models.join(', ')}`);
