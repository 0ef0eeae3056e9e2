// Tasklist as the staff's workplace. Each task card says how many working days are left of the step's time limit
// (the server counts them with its holiday table). Buttons a user cannot use stay hidden (plugin.css) until the engine answers
// that the logged-in user may: create a task (CREATE on Task), change or remove a due date (UPDATE on Task), start
// a procedure (one they may start). Asked when the header renders, that is after each login. The task view has a
// 材料 tab: the case's scanned materials, opened in a new tab, and a form to upload one (PDF, JPEG or PNG) to
// /api/cases/{case number}/materials with the session's anti-CSRF token, as Tasklist sends it to its own API.
const base = document.querySelector('base');
const engine = (window.location.pathname.match(/\/app\/tasklist\/([^/]+)/) || [])[1] || 'default';
const api = `${base.getAttribute('engine-api')}engine/${encodeURIComponent(engine)}`;

async function answer(path) {
  const response = await fetch(api + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  return response.ok ? response.json() : null;
}

function allow(name, allowed) {
  document.body.classList.toggle(`jiuzhu-may-${name}`, Boolean(allowed));
}

function askWhatTheUserMayDo() {
  answer('/authorization/check?permissionName=CREATE&resourceName=Task&resourceType=7')
    .then(check => allow('create-task', check && check.authorized));
  answer('/authorization/check?permissionName=UPDATE&resourceName=Task&resourceType=7')
    .then(check => allow('update-task', check && check.authorized));
  answer('/process-definition/count?latest=true&active=true&startableInTasklist=true&startablePermissionCheck=true')
    .then(count => allow('start-process', count && count.count > 0));
}

async function timeLeft(taskId, scope) {
  const due = scope && scope.task && scope.task.id === taskId ? scope.task.due
    : ((await answer(`/task/${encodeURIComponent(taskId)}`)) || {}).due;
  if (!due) {
    return null;
  }
  const response = await fetch(`/api/working-days-left?due=${encodeURIComponent(due)}`,
    {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  return response.ok ? response.json() : null;
}

const MATERIAL_KINDS = [['APPLICATION', '申请书'], ['HOUSEHOLD_REGISTER', '户口簿'], ['IDENTITY', '居民身份证或居住证'],
  ['COMMITMENT', '承诺书'], ['INVESTIGATION', '调查记录'], ['RECEIPT', '票据']];

function csrfToken() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

function element(tag, attributes, text) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

async function caseNumberOf(taskId) {
  const task = await answer(`/task/${encodeURIComponent(taskId)}`);
  const instance = task && await answer(`/process-instance/${encodeURIComponent(task.processInstanceId)}`);
  return instance && instance.businessKey;
}

function materialsPath(caseNumber) {
  return `/api/cases/${encodeURIComponent(caseNumber)}/materials`;
}

async function showMaterials(list, caseNumber) {
  const response = await fetch(materialsPath(caseNumber), {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  const body = await response.json().catch(() => null);
  list.replaceChildren();
  if (!response.ok) {
    list.appendChild(element('p', {class: 'text-danger'}, (body && body.message) || '材料暂时无法读取'));
    return;
  }
  if (!body.length) {
    list.appendChild(element('p', {class: 'jiuzhu-materials-none'}, '本案件还没有材料。'));
    return;
  }
  const table = element('table', {class: 'table table-condensed jiuzhu-materials-list'});
  const head = table.appendChild(element('thead')).appendChild(element('tr'));
  ['材料类别', '文件', '大小', '上传人', '上传时间'].forEach(title => head.appendChild(element('th', {}, title)));
  const rows = table.appendChild(element('tbody'));
  body.forEach(material => {
    const row = rows.appendChild(element('tr'));
    row.appendChild(element('td', {}, material.kindLabel));
    const link = element('a', {href: `${materialsPath(caseNumber)}/${encodeURIComponent(material.id)}`,
      target: '_blank', rel: 'noopener'}, material.fileName);
    row.appendChild(element('td')).appendChild(link);
    row.appendChild(element('td', {}, `${Math.max(1, Math.round(material.sizeBytes / 1024))} KB`));
    row.appendChild(element('td', {}, material.uploadedBy));
    row.appendChild(element('td', {}, new Date(material.uploadedAt).toLocaleString('zh-CN', {timeZone: 'Asia/Shanghai'})));
  });
  list.appendChild(table);
}

function uploadForm(caseNumber, list) {
  const form = element('form', {class: 'form-inline jiuzhu-materials-upload'});
  const kind = form.appendChild(element('select', {class: 'form-control', name: 'kind', 'aria-label': '材料类别'}));
  MATERIAL_KINDS.forEach(([value, label]) => kind.appendChild(element('option', {value}, label)));
  const file = form.appendChild(element('input', {type: 'file', name: 'file', class: 'form-control',
    accept: '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png', 'aria-label': '扫描件'}));
  form.appendChild(element('button', {type: 'submit', class: 'btn btn-default'}, '上传'));
  const message = form.appendChild(element('p', {class: 'jiuzhu-materials-message', role: 'status'}));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const chosen = file.files[0];
    if (!chosen) {
      message.className = 'jiuzhu-materials-message text-danger';
      message.textContent = '请先选择扫描件（PDF、JPEG 或 PNG）';
      return;
    }
    message.className = 'jiuzhu-materials-message';
    message.textContent = '正在上传…';
    const query = `?kind=${encodeURIComponent(kind.value)}&fileName=${encodeURIComponent(chosen.name)}`;
    const response = await fetch(materialsPath(caseNumber) + query, {method: 'POST', credentials: 'same-origin', body: chosen,
      headers: {Accept: 'application/json', 'Content-Type': chosen.type || 'application/octet-stream', 'X-XSRF-TOKEN': csrfToken()}});
    const body = await response.json().catch(() => null);
    message.className = response.ok ? 'jiuzhu-materials-message text-success' : 'jiuzhu-materials-message text-danger';
    message.textContent = response.ok ? `已上传：${body.kindLabel} ${body.fileName}` : (body && body.message) || '上传失败';
    if (response.ok) {
      file.value = '';
      showMaterials(list, caseNumber);
    }
  });
  return form;
}

export default [
  {
    id: 'jiuzhu-materials',
    pluginPoint: 'tasklist.task.detail',
    label: '材料',
    priority: 50,
    render: (node, {taskId}) => {
      node.replaceChildren();
      const panel = node.appendChild(element('div', {class: 'jiuzhu-materials'}));
      caseNumberOf(taskId).then(caseNumber => {
        if (!caseNumber) {
          panel.appendChild(element('p', {}, '本任务不属于任何案件。'));
          return;
        }
        panel.appendChild(element('h4', {}, `案件 ${caseNumber} 的材料`));
        const list = panel.appendChild(element('div'));
        panel.appendChild(uploadForm(caseNumber, list));
        showMaterials(list, caseNumber);
      });
    }
  },
  {
    id: 'jiuzhu-time-left',
    pluginPoint: 'tasklist.card',
    priority: 300,
    render: (node, {taskId}, scope) => {
      timeLeft(taskId, scope).then(left => {
        if (left) {
          const line = document.createElement('div');
          line.className = left.overdue ? 'jiuzhu-time-left overdue' : 'jiuzhu-time-left';
          line.textContent = `办理时限：${left.text}`;
          node.appendChild(line);
        }
      });
    }
  },
  {
    id: 'jiuzhu-my-cases',
    pluginPoint: 'tasklist.navbar.action',
    priority: 20,
    render: node => {
      askWhatTheUserMayDo();
      const link = document.createElement('a');
      link.href = '/api/my-cases';
      link.target = '_blank';
      link.rel = 'noopener';
      link.className = 'jiuzhu-my-cases';
      link.textContent = '我经手的案件';
      node.appendChild(link);
    }
  }
];
