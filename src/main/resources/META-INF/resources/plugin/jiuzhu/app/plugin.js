// Tasklist as the staff's workplace. Each task card says how many working days are left of the step's time limit
// (the server counts them with its holiday table). Buttons a user cannot use stay hidden (plugin.css) until the engine answers
// that the logged-in user may: create a task (CREATE on Task), change or remove a due date (UPDATE on Task), start
// a procedure (one they may start). Asked when the header renders, that is after each login.
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

export default [
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
