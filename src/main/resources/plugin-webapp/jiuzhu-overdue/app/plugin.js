// 逾期督办 for Cockpit: a dashboard section and a page (#/overdue) listing the steps of the user's area that are
// overdue or due today, worst first, with 催办. Data from the plugin's API (OverdueStepsResource); all text is set
// as text, never as HTML, since case data comes from outside.

const PAGE_SIZE = 50;

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name === 'onclick') {
      node.addEventListener('click', value);
    } else {
      node.setAttribute(name, value);
    }
  });
  children.filter((child) => child !== null && child !== undefined).forEach((child) =>
    node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child));
  return node;
}

function stepsUrl(api) {
  return `${api.cockpitApi}/plugin/jiuzhu-overdue/${api.engine}/steps`;
}

function csrfToken(api) {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : api.CSRFToken;
}

async function load(api, firstResult, maxResults) {
  const response = await fetch(`${stepsUrl(api)}?firstResult=${firstResult}&maxResults=${maxResults}`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.message || `加载失败（${response.status}）`);
  }
  return body;
}

async function urge(api, taskId, note) {
  const response = await fetch(`${stepsUrl(api)}/${encodeURIComponent(taskId)}/urge`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken(api) },
    body: JSON.stringify(note ? { note } : {})
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.message || `催办失败（${response.status}）`);
  }
  return body;
}

function when(iso) {
  return iso ? iso.substring(0, 16).replace('T', ' ') : '';
}

function lateness(step) {
  if (step.status === 'DUE_TODAY') {
    return '今日到期';
  }
  return step.workingDaysOverdue > 0 ? `逾期 ${step.workingDaysOverdue} 个工作日` : '已逾期（当日）';
}

function caseLink(step) {
  return el('a', { href: `#/process-instance/${encodeURIComponent(step.processInstanceId)}/runtime` }, step.caseNumber || '（无编号）');
}

function summary(board) {
  return el('p', { class: 'jiuzhu-overdue-summary' },
    `截至 ${board.today}：共 ${board.total} 个环节，已逾期 ${board.overdue}，今日到期 ${board.dueToday}。`);
}

function countTable(title, counts) {
  return el('div', { class: 'col-sm-6' },
    el('h4', {}, title),
    el('table', { class: 'cam-table' },
      el('thead', {}, el('tr', {}, el('th', {}, '名称'), el('th', {}, '环节数'), el('th', {}, '已逾期'))),
      el('tbody', {}, ...counts.map((c) => el('tr', {}, el('td', {}, c.name || c.code || '（未知）'),
        el('td', {}, c.steps), el('td', {}, c.overdue))))));
}

function stepTable(api, board, onUrged) {
  const rows = board.steps.map((step) => {
    const status = el('td', {}, lateness(step), step.urged ? el('div', { class: 'text-muted' }, step.urged) : null);
    const button = el('button', {
      class: 'btn btn-default btn-sm',
      onclick: async () => {
        const note = window.prompt('催办附言（可不填，不超过200字）：', '');
        if (note === null) {
          return;
        }
        button.disabled = true;
        try {
          await urge(api, step.taskId, note.trim());
          onUrged();
        } catch (e) {
          window.alert(e.message);
          button.disabled = false;
        }
      }
    }, '催办');
    return el('tr', {},
      el('td', {}, caseLink(step)), el('td', {}, step.procedure || step.procedureKey), el('td', {}, step.step),
      el('td', {}, step.unit || ''), el('td', {}, step.township || ''), el('td', {}, when(step.due)), status,
      el('td', {}, button));
  });
  return el('table', { class: 'cam-table' },
    el('thead', {}, el('tr', {}, ...['案件编号', '救助类型', '办理环节', '承办单位', '乡镇（街道）', '应办结时间', '逾期情况', '']
      .map((title) => el('th', {}, title)))),
    el('tbody', {}, ...rows));
}

function renderPage(node, api) {
  let firstResult = 0;
  const show = async () => {
    node.replaceChildren(el('p', {}, '正在加载…'));
    try {
      const board = await load(api, firstResult, PAGE_SIZE);
      const pages = el('div', { class: 'jiuzhu-overdue-pages' },
        el('button', { class: 'btn btn-default btn-sm', onclick: () => { firstResult -= PAGE_SIZE; show(); } }, '上一页'),
        ` 第 ${firstResult + 1}–${firstResult + board.steps.length} 条，共 ${board.total} 条 `,
        el('button', { class: 'btn btn-default btn-sm', onclick: () => { firstResult += PAGE_SIZE; show(); } }, '下一页'));
      pages.children[0].disabled = firstResult === 0;
      pages.children[1].disabled = firstResult + board.steps.length >= board.total;
      node.replaceChildren(
        el('h3', {}, '逾期督办'),
        summary(board),
        el('div', { class: 'row' }, countTable('按乡镇（街道）', board.byTownship), countTable('按救助类型', board.byProcedure)),
        board.steps.length ? stepTable(api, board, show) : el('p', {}, '没有逾期或今日到期的环节。'),
        pages);
    } catch (e) {
      node.replaceChildren(el('p', { class: 'text-danger' }, e.message));
    }
  };
  show();
}

function renderDashboard(node, api) {
  const show = async () => {
    try {
      const board = await load(api, 0, 5);
      node.replaceChildren(
        el('section', { class: 'jiuzhu-overdue-dashboard' },
          el('h3', { class: 'section-title' }, el('a', { href: '#/overdue' }, '逾期督办')),
          summary(board),
          board.steps.length ? el('ul', {}, ...board.steps.map((step) => el('li', {}, caseLink(step),
            ` ${step.step}（${step.unit || ''}）${lateness(step)}`))) : null,
          el('a', { href: '#/overdue' }, '查看全部')));
    } catch (e) {
      node.replaceChildren(el('p', { class: 'text-danger' }, e.message));
    }
  };
  show();
}

export default [
  {
    id: 'jiuzhu-overdue-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: (node, { api }) => renderDashboard(node, api)
  },
  {
    id: 'jiuzhu-overdue-page',
    pluginPoint: 'cockpit.route',
    properties: { path: '/overdue', label: '逾期督办' },
    render: (node, { api }) => renderPage(node, api)
  },
  {
    id: 'jiuzhu-overdue-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 95,
    properties: { pagePath: '#/overdue', checkActive: (path) => path.indexOf('#/overdue') > -1 },
    render: (node) => {
      node.replaceChildren(el('a', { href: '#/overdue' }, '逾期督办'));
    }
  }
];
