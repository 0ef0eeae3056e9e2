// Admin → 模型与迁移: the model folders against the engine (reload, export), and moving running cases to a
// procedure's latest version. Talks to /camunda/api/admin/plugin/jiuzhu-models/{engine}/… (ModelsAdminResource).

const PATH = '/jiuzhu-models';

function base(api) {
  return `${api.adminApi}/plugin/jiuzhu-models/${api.engine}`;
}

async function call(api, method, path, body) {
  const response = await fetch(base(api) + path, {
    method,
    credentials: 'same-origin',
    headers: Object.assign({Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken},
      body === undefined ? {} : {'Content-Type': 'application/json'}),
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(answer.message || `请求失败（${response.status}）`);
  }
  return answer;
}

/** An element with attributes and children (strings become text, never HTML). */
function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value);
    }
  });
  children.flat().forEach(child => element.append(child instanceof Node ? child : String(child ?? '')));
  return element;
}

function table(id, headings, rows) {
  if (rows.length === 0) {
    return el('p', {id, class: 'text-muted'}, '无');
  }
  return el('table', {id, class: 'table table-condensed'},
    el('thead', {}, el('tr', {}, headings.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(c => el('td', {}, c))))));
}

function message(target, text, kind) {
  target.replaceChildren(el('div', {class: `alert alert-${kind}`}, text));
}

function driftRows(drift) {
  return drift.map(d => [d.resource, `${d.deploymentName}（${d.deploymentId}）`, d.source || '（未注明）', d.deployedAt,
    d.inFolder ? '文件夹中的文件与之不同' : '文件夹中没有此文件']);
}

function modelsSection(api) {
  const status = el('div', {id: 'jiuzhu-models-status'});
  const result = el('div', {id: 'jiuzhu-models-result'});

  async function show() {
    const s = await call(api, 'GET', '/models');
    status.replaceChildren(
      el('p', {}, `流程和决策表：${s.processesFolder}；表单：${s.formsFolder}`),
      el('h4', {}, '文件夹中已修改、重新加载将部署的文件'),
      table('jiuzhu-models-changed', ['文件'], s.changed.map(name => [name])),
      el('h4', {}, '与文件夹不一致的部署（如从 Camunda Modeler 部署）：不会被自动覆盖'),
      table('jiuzhu-models-drift', ['资源', '部署', '来源', '部署时间', '情况'], driftRows(s.drift)));
  }

  async function act(method, path, body, done) {
    try {
      done(await call(api, method, path, body));
      await show();
    } catch (e) {
      message(result, e.message, 'danger');
    }
  }

  const reload = () => act('POST', '/models/reload', undefined, r => message(result, r.deploymentId
    ? `已部署 ${r.deployed.join('、')}（部署 ${r.deploymentId}）` : '文件夹中没有需要部署的修改', 'success'));
  const replace = () => window.confirm('以文件夹中的文件覆盖其他来源的部署？覆盖后新案件使用文件夹中的版本。')
    && act('POST', '/models/reload?replaceDrifted=true', undefined,
      r => message(result, `已部署 ${r.deployed.join('、') || '（无）'}`, 'success'));
  const exportAll = () => act('POST', '/models/export', {resources: []},
    r => message(result, r.files.length ? `已写入文件夹：${r.files.join('、')}` : '没有需要导出的部署', 'success'));

  show().catch(e => message(status, e.message, 'danger'));
  return el('section', {},
    el('h3', {}, '模型文件'),
    status,
    el('div', {class: 'btn-group'},
      el('button', {id: 'jiuzhu-models-reload', class: 'btn btn-default', onclick: reload}, '重新加载模型'),
      el('button', {id: 'jiuzhu-models-replace', class: 'btn btn-default', onclick: replace}, '以文件夹版本覆盖'),
      el('button', {id: 'jiuzhu-models-export', class: 'btn btn-default', onclick: exportAll}, '导出到文件夹')),
    result);
}

function migrationSection(api) {
  const procedure = el('select', {id: 'jiuzhu-procedure', class: 'form-control'});
  const version = el('select', {id: 'jiuzhu-version', class: 'form-control'});
  const plan = el('div', {id: 'jiuzhu-plan'});
  const result = el('div', {id: 'jiuzhu-migration-result'});
  let procedures = [];

  function fillVersions() {
    const chosen = procedures.find(p => p.key === procedure.value);
    const older = chosen ? chosen.versions.slice(0, -1) : [];
    version.replaceChildren(...older.map(v =>
      el('option', {value: v.version}, `第${v.version}版（运行中 ${v.runningCases} 件）`)));
  }

  async function showPlan() {
    result.replaceChildren();
    try {
      const p = await call(api, 'GET',
        `/migrations/plan?processKey=${encodeURIComponent(procedure.value)}&sourceVersion=${version.value}`);
      const migrate = el('button', {id: 'jiuzhu-migrate', class: 'btn btn-primary', onclick: () => start(p)},
        `迁移 ${p.movable.length} 件到第${p.target.version}版`);
      if (p.movable.length === 0) {
        migrate.setAttribute('disabled', 'disabled');
      }
      plan.replaceChildren(
        el('h4', {}, `${p.processName}：第${p.source.version}版 → 第${p.target.version}版（最新）`),
        el('h5', {}, '环节对应（按环节标识）'),
        table('jiuzhu-plan-steps', ['原环节', '原名称', '新环节', '新名称'],
          p.steps.map(s => [s.sourceId, s.sourceName, s.targetId, s.targetName])),
        el('h5', {}, '新版本中没有对应的环节'),
        table('jiuzhu-plan-unmapped', ['环节', '名称'], p.unmapped.map(s => [s.id, s.name])),
        el('h5', {}, '可以迁移的案件'),
        table('jiuzhu-plan-movable', ['案件编号', '当前环节'], p.movable.map(c => [c.businessKey, c.waitingAt.join('、')])),
        el('h5', {}, '不能迁移的案件（留在原版本继续办理）'),
        table('jiuzhu-plan-blocked', ['案件编号', '当前环节', '原因'],
          p.blocked.map(c => [c.businessKey, c.waitingAt.join('、'), c.reasons.join('；')])),
        el('p', {class: 'text-muted'}, '迁移不改变办理时限：各环节的应办结时间和逾期提醒保持原定时间。'),
        migrate);
    } catch (e) {
      message(plan, e.message, 'danger');
    }
  }

  async function start(p) {
    if (!window.confirm(`将 ${p.movable.length} 件案件从第${p.source.version}版迁移到第${p.target.version}版？`)) {
      return;
    }
    try {
      const started = await call(api, 'POST', '/migrations',
        {processKey: p.processKey, sourceVersion: p.source.version});
      message(result, started.batchId
        ? `已提交迁移批次 ${started.batchId}（${started.cases} 件），可在 Cockpit 的“批处理”中查看进度。`
        : '没有可以迁移的案件', started.batchId ? 'success' : 'warning');
    } catch (e) {
      message(result, e.message, 'danger');
    }
  }

  procedure.addEventListener('change', () => {
    fillVersions();
    plan.replaceChildren();
  });
  call(api, 'GET', '/migrations/procedures').then(list => {
    procedures = list.filter(p => p.versions.length > 1);
    procedure.replaceChildren(...procedures.map(p => el('option', {value: p.key}, `${p.name}（${p.key}）`)));
    fillVersions();
  }).catch(e => message(plan, e.message, 'danger'));

  return el('section', {},
    el('h3', {}, '迁移运行中的案件'),
    el('div', {class: 'form-inline'},
      el('label', {for: 'jiuzhu-procedure'}, '流程 '), procedure, ' ',
      el('label', {for: 'jiuzhu-version'}, '原版本 '), version, ' ',
      el('button', {id: 'jiuzhu-show-plan', class: 'btn btn-default', onclick: showPlan}, '查看迁移计划')),
    plan,
    result);
}

export default [
  {
    id: 'jiuzhu-models-page',
    pluginPoint: 'admin.route',
    properties: {path: PATH},
    render: (container, {api}) => {
      container.replaceChildren(el('div', {class: 'jiuzhu-models'},
        el('h2', {}, '模型与迁移'), modelsSection(api), migrationSection(api)));
    }
  },
  {
    id: 'jiuzhu-models-dashboard',
    pluginPoint: 'admin.dashboard.section',
    properties: {label: '模型与迁移', pagePath: `#${PATH}`},
    render: container => {
      container.replaceChildren(el('p', {}, '重新加载流程模型和表单，查看与文件夹不一致的部署，把运行中的案件迁移到新版本。',
        ' ', el('a', {href: `#${PATH}`}, '打开')));
    }
  }
];
