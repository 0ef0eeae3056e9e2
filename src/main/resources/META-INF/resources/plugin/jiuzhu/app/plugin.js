// Tasklist as the staff's workplace. Each task card says how many working days are left of the step's time limit
// (the server counts them with its holiday table). Buttons a user cannot use stay hidden (plugin.css) until the engine answers
// that the logged-in user may: create a task (CREATE on Task), change or remove a due date (UPDATE on Task), start
// a procedure (one they may start). Asked when the header renders, that is after each login. The task view has a
// 材料 tab: the case's scanned materials, opened in a new tab, and a form to upload one (PDF, JPEG or PNG) to
// /api/cases/{case number}/materials with the session's anti-CSRF token, as Tasklist sends it to its own API. Its
// 办理 tab delegates, transfers and copies the case, as far as the server lets the user.
//
// Start forms choose the case's units from lists of the user's own area, pre-set to their own unit; a started case
// says its number (or, refused at intake, that it was refused, with the notice); a box above the list finds a case
// by its number; the form library's own messages read in Chinese, and its date fields keep the day typed in any
// time zone.
const base = document.querySelector('base');
const engine = (window.location.pathname.match(/\/app\/tasklist\/([^/]+)/) || [])[1] || 'default';
const api = `${base.getAttribute('engine-api')}engine/${encodeURIComponent(engine)}`;

/** A GET for JSON with the Tasklist login (the engine's API and /api alike). */
function get(path) {
  return fetch(path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
}

/** The JSON a GET answers, or null when it is refused. */
async function json(path) {
  const response = await get(path);
  return response.ok ? response.json() : null;
}

function answer(path) {
  return json(api + path);
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
  return json(`/api/working-days-left?due=${encodeURIComponent(due)}`);
}

const MATERIAL_KINDS = [['APPLICATION', '申请书'], ['HOUSEHOLD_REGISTER', '户口簿'], ['IDENTITY', '居民身份证或居住证'],
  ['COMMITMENT', '承诺书'], ['INVESTIGATION', '调查记录'], ['RECEIPT', '票据']];

function csrfToken() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/** A POST to /api with the session's anti-CSRF token, as Tasklist sends it to its own API. */
function post(path, body, contentType) {
  return fetch(path, {method: 'POST', credentials: 'same-origin', body,
    headers: {Accept: 'application/json', 'Content-Type': contentType, 'X-XSRF-TOKEN': csrfToken()}});
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
  const response = await get(materialsPath(caseNumber));
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
    const response = await post(materialsPath(caseNumber) + query, chosen, chosen.type || 'application/octet-stream');
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


// The task view's 办理 tab: 委派 to a colleague of the unit, 转办 to another unit, 抄送 to a unit or a person, and a
// link to the case's 办理过程. The server lists what the user may choose (/api/tasks/{task}/handling); a form shows
// only when its list has something, and the action checks it all again.
function choice(name, label, options, placeholder) {
  const select = element('select', {class: 'form-control', name, 'aria-label': label});
  if (placeholder) {
    select.appendChild(element('option', {value: ''}, placeholder));
  }
  options.forEach(([value, text]) => select.appendChild(element('option', {value}, text)));
  return select;
}

/** Tasklist reloads its list (its filters refresh on this event) and drops the open task if it is gone. */
function refreshTasklist() {
  window.angular.element(document.documentElement).injector().get('$rootScope').$broadcast('refresh');
}

/** A small form: its fields and a button; a refusal shows under it, a success goes to {@code done}. */
function handlingForm(kind, title, fields, button, send, done) {
  const form = element('form', {class: `jiuzhu-handling-form jiuzhu-${kind}`});
  form.appendChild(element('h5', {}, title));
  fields.forEach(field => form.appendChild(field));
  form.appendChild(element('button', {type: 'submit', class: 'btn btn-default'}, button));
  const message = form.appendChild(element('p', {class: 'jiuzhu-handling-message', role: 'status'}));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const [path, body, success] = send();
    message.className = 'jiuzhu-handling-message';
    message.textContent = '正在提交…';
    const response = await post(path, JSON.stringify(body), 'application/json');
    const answered = await response.json().catch(() => null);
    message.className = 'jiuzhu-handling-message text-danger';
    message.textContent = response.ok ? '' : (answered && answered.message) || '提交失败，请稍后再试';
    if (response.ok) {
      done(success);
    }
  });
  return form;
}

function note(name, label) {
  return element('input', {type: 'text', class: 'form-control', name, placeholder: label, 'aria-label': label, maxlength: '500'});
}

/**
 * Lists what the user may do on the step, after {@code said} (the last success, if any): asked again after each
 * action, since a delegated step is no longer the user's to hand over, and a transferred one no longer theirs at all.
 */
async function showHandling(panel, taskId, said) {
  const response = await get(`/api/tasks/${encodeURIComponent(taskId)}/handling`);
  const handling = await response.json().catch(() => null);
  panel.replaceChildren();
  if (said) {
    panel.appendChild(element('p', {class: 'jiuzhu-handling-message text-success', role: 'status'}, said));
  }
  if (!response.ok) {
    if (!said) {
      panel.appendChild(element('p', {class: 'text-danger'}, (handling && handling.message) || '办理事项暂时无法读取'));
    }
    return;
  }
  const caseNumber = handling.caseNumber;
  panel.appendChild(element('h4', {}, `案件 ${caseNumber} 的办理`));
  const timeline = element('a', {href: `/api/cases/${encodeURIComponent(caseNumber)}/timeline`, target: '_blank',
    rel: 'noopener', class: 'jiuzhu-timeline-link'}, '办理过程');
  panel.appendChild(element('p')).appendChild(timeline);
  if (handling.handOverRefusal) {
    panel.appendChild(element('p', {class: 'jiuzhu-handling-refusal'}, handling.handOverRefusal));
  }
  const task = encodeURIComponent(taskId);
  const done = success => {
    refreshTasklist();
    showHandling(panel, taskId, success);
  };
  if (handling.colleagues.length) {
    const to = choice('userId', '委派给', handling.colleagues.map(c => [c.userId, c.name]));
    const why = note('note', '委派说明（选填）');
    panel.appendChild(handlingForm('delegate', '委派给本单位同事', [to, why], '委派', () => {
      const name = to.selectedOptions[0].textContent;
      return [`/api/tasks/${task}/delegation`, {userId: to.value, note: why.value}, `已委派给${name}，办理后将回到您的待办。`];
    }, done));
  }
  if (handling.transferUnits.length) {
    const to = choice('unitCode', '转办到', handling.transferUnits.map(u => [u.code, u.name]));
    const why = note('reason', '转办理由（必填）');
    panel.appendChild(handlingForm('transfer', '转办到其他单位', [to, why], '转办', () => {
      const name = to.selectedOptions[0].textContent;
      return [`/api/tasks/${task}/transfer`, {unitCode: to.value, reason: why.value}, `已转办到${name}。`];
    }, done));
  }
  if (handling.copyUnits.length) {
    const unit = choice('unitCode', '抄送单位', handling.copyUnits.map(u => [u.code, u.name]), '抄送给人员（填写账号）');
    const person = element('input', {type: 'text', class: 'form-control', name: 'userId', placeholder: '人员账号',
      'aria-label': '抄送人员账号'});
    const why = note('note', '抄送说明（选填）');
    panel.appendChild(handlingForm('copy', '抄送（只供阅知）', [unit, person, why], '抄送', () => {
      const to = unit.value ? {unitCode: unit.value} : {userId: person.value};
      const name = unit.value ? unit.selectedOptions[0].textContent : person.value;
      return [`/api/cases/${encodeURIComponent(caseNumber)}/copies`, {...to, note: why.value}, `已抄送${name}。`];
    }, done));
  }
}


// The start forms' unit lists (select fields whose valuesKey is one of these). Tasklist 7.24 gives a start form no
// variables to fill a valuesKey from, so the lists go into the form's schema as it arrives: Tasklist loads
// Camunda Forms with window.fetch. The server checks the chosen units again when the case opens.
const UNIT_LISTS = {townshipChoices: ['townships', 'township'], villageChoices: ['villages', 'village']};
const START_FORM = /\/process-definition\/[^/]+\/deployed-start-form(\?|$)/;
const fetchAsTasklist = window.fetch.bind(window);

window.fetch = async function (input, init) {
  const response = await fetchAsTasklist(input, init);
  const url = typeof input === 'string' ? input : input.url;
  if (!response.ok || !START_FORM.test(url)) {
    return response;
  }
  const schema = await response.clone().json();
  const lists = [];
  (function collect(components) {
    (components || []).forEach(component => {
      if (UNIT_LISTS[component.valuesKey]) {
        lists.push(component);
      }
      collect(component.components);
    });
  })(schema.components);
  if (!lists.length) {
    return response;
  }
  const units = (await json('/api/my-units')) || {};
  lists.forEach(component => {
    const [choices, chosen] = UNIT_LISTS[component.valuesKey];
    delete component.valuesKey;
    component.values = units[choices] || [];
    if (units[chosen]) {
      component.defaultValue = units[chosen];
    }
  });
  return new Response(JSON.stringify(schema), {status: response.status, headers: response.headers});
};

// A date without a time ("2026-03-01", what the forms' date fields hold) is a day, not an instant. form-js 1.8.7
// reads its value back with Date.parse, which takes it as midnight UTC: west of Greenwich that is the evening
// before, so the field showed (and on the next change submitted) the day before the one typed. Read as midnight
// of the browser's own clock, as the field itself writes it, the day typed stays the day submitted in any zone.
const parseAsUtc = Date.parse;
const DAY = /^(\d{4})-(\d\d)-(\d\d)$/;
Date.parse = function (text) {
  const day = typeof text === 'string' && text.match(DAY);
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])).getTime() : parseAsUtc(text);
};

function escapeHtml(text) {
  const div = document.createElement('div');
  div.textContent = text == null ? '' : String(text);
  return div.innerHTML;
}

/**
 * Shows the notice about the case just started until the clerk closes it (or starts another): their own element,
 * since Tasklist hands its notifications to whichever panel is listening, and with tasks in the list that is not
 * always one that shows.
 */
function showNotice(type, title, html) {
  document.querySelectorAll('.jiuzhu-started-notice').forEach(old => old.remove());
  const notice = document.createElement('div');
  notice.className = `alert alert-${type} jiuzhu-started-notice`;
  notice.setAttribute('role', 'alert');
  notice.innerHTML = `<button type="button" class="close" aria-label="关闭">&times;</button><strong>${title}：</strong>${html}`;
  notice.querySelector('.close').addEventListener('click', () => notice.remove());
  document.body.appendChild(notice);
}

/**
 * After Tasklist has started a case from its start dialog: the case's number, or that it was refused at intake
 * with a link to the written notice (the server's /api/my-cases/{process instance} says which).
 */
function tellTheStartedCase(instance) {
  json(`/api/my-cases/${encodeURIComponent(instance.id)}`)
    .then(line => {
      if (!line || !line.caseNumber) {
        return;
      }
      const which = `案件编号 <b class="jiuzhu-case-number">${escapeHtml(line.caseNumber)}</b>（${escapeHtml(line.applicantName)}）`;
      if (line.refused) {
        showNotice('danger', '不予救助', `${which}经系统核查不符合救助条件，已作出不予救助决定，请将书面告知书交给申请人`
          + (line.refusalNoticeUrl ? `：<a href="${escapeHtml(line.refusalNoticeUrl)}" target="_blank" rel="noopener">不予救助告知书</a>` : '。'));
      } else {
        showNotice('success', '已受理', `${which}，${escapeHtml(line.status)}。请将案件编号告知申请人。`);
      }
    });
}

let startsWatched = false;

/** Wraps the SDK's start-form submission once, so every start from Tasklist's dialog tells its case. */
function watchStarts() {
  const injector = startsWatched ? null : window.angular.element(document.documentElement).injector();
  if (!injector) {
    return;
  }
  startsWatched = true;
  const definitions = injector.get('camAPI').resource('process-definition');
  const submitForm = definitions.submitForm;
  definitions.submitForm = function (...args) {
    const started = submitForm.apply(this, args);
    if (started && typeof started.then === 'function') {
      started.then(instance => instance && instance.id && tellTheStartedCase(instance), () => {});
    }
    return started;
  };
}

/** Finds a case by its number: Tasklist's own business-key search (the case number is the business key). */
function findCase(caseNumber) {
  const injector = window.angular.element(document.documentElement).injector();
  const $location = injector.get('$location');
  const searches = caseNumber
    ? [{type: 'processInstanceBusinessKey', operator: 'Like', value: caseNumber, name: ''}] : [];
  injector.get('$rootScope').$apply(() => $location.search('searchQuery', JSON.stringify(searches)));
}

// form-js 1.8.7 writes its validation messages and a few words of its lists in English and has no language hook;
// they are translated as they appear. Preact compares its own previous render, not the page, so a translated text
// stays until form-js itself changes it (another message), which is translated again.
const FORM_MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum length of (\d+)\.$/, n => `至少填写${n}个字。`],
  [/^Field must have maximum length of (\d+)\.$/, n => `最多填写${n}个字。`],
  [/^Field must have minimum value of (.+)\.$/, n => `不能小于${n}。`],
  [/^Field must have maximum value of (.+)\.$/, n => `不能大于${n}。`],
  [/^Field must match pattern .*\.$/s, () => '格式不正确，请按填写说明填写。'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。'],
  [/^Field must be a valid {1,2}international phone number\..*$/s, () => '请填写有效的国际电话号码。'],
  [/^Value is not a number\.$/, () => '请填写数字。'],
  [/^Value is expected to be an integer\.$/, () => '请填写整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, n => `最多保留${n}位小数。`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (a, b) => `请填写有效的数值，最接近的有效值为${a}和${b}。`],
  [/^Date and time must both be entered\.$/, () => '日期和时间须同时填写。'],
  [/^Select$/, () => '请选择'],
  [/^No results$/, () => '没有符合的选项'],
  [/^All values selected$/, () => '已全部选择']
];
const FORM_TEXTS = '.fjs-form-field-error, .fjs-form-field-error *, .fjs-select-placeholder, .fjs-dropdownlist-empty';

function inChinese(english) {
  for (const [pattern, chinese] of FORM_MESSAGES) {
    const match = english.match(pattern);
    if (match) {
      return chinese(...match.slice(1));
    }
  }
  return null;
}

function translateFormTexts(root) {
  root.querySelectorAll(FORM_TEXTS).forEach(element => {
    element.childNodes.forEach(text => {
      const chinese = text.nodeType === Node.TEXT_NODE && inChinese(text.nodeValue.trim());
      if (chinese) {
        text.nodeValue = chinese;
      }
    });
  });
  root.querySelectorAll('.fjs-form input[placeholder="Search"]').forEach(input => {
    input.placeholder = '输入名称查找';
  });
}

new MutationObserver(() => translateFormTexts(document.body))
  .observe(document.documentElement, {childList: true, subtree: true, characterData: true});

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
    id: 'jiuzhu-handling',
    pluginPoint: 'tasklist.task.detail',
    label: '办理',
    priority: 40,
    render: (node, {taskId}) => {
      node.replaceChildren();
      showHandling(node.appendChild(element('div', {class: 'jiuzhu-handling'})), taskId);
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
      watchStarts();
      const link = document.createElement('a');
      link.href = '/api/my-cases';
      link.target = '_blank';
      link.rel = 'noopener';
      link.className = 'jiuzhu-my-cases';
      link.textContent = '我经手的案件';
      node.appendChild(link);
    }
  },
  {
    id: 'jiuzhu-find-case',
    pluginPoint: 'tasklist.list',
    priority: 200,
    render: node => {
      const form = document.createElement('form');
      form.className = 'jiuzhu-find-case';
      form.innerHTML = '<input type="search" class="form-control" placeholder="按案件编号查找"'
        + ' aria-label="案件编号"><button type="submit" class="btn btn-default">查找</button>';
      form.addEventListener('submit', event => {
        event.preventDefault();
        findCase(form.querySelector('input').value.trim());
      });
      node.appendChild(form);
    }
  }
];
