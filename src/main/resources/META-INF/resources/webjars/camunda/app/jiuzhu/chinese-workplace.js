/*
 * The Camunda webapps as a Chinese workplace: loaded by each app's scripts/config.js (customScripts) before
 * AngularJS starts the app, it extends the app's own `cam.<app>.custom` module.
 *
 * - Chinese whatever the browser's language; English only for who picks it in the account menu (the 7.24
 *   webapps have no language menu of their own and otherwise follow the browser).
 * - Names as Chinese people write them: family name first, no space (王秀英), where the apps join
 *   firstName and lastName themselves.
 * - Dates and times in China time (UTC+8, no daylight saving since 1991) whatever the browser's zone.
 * - The form library's date picker in Chinese.
 *
 * The template changes replace exact snippets of the 7.24 templates; a snippet that is not found leaves the
 * template as it is, so an upgrade degrades to Camunda's own behaviour instead of breaking the page.
 */
const angular = window.angular;
const appName = document.querySelector('base').getAttribute('app-name');
const custom = angular.module(`cam.${appName}.custom`);

const LANGUAGE_KEY = 'jiuzhu-language';
const CHINA_OFFSET_MINUTES = 8 * 60;
const HAN = /[\u3400-\u9fff]/;

function chosenLanguage() {
  return window.localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh';
}

/** 王 + 秀英 → 王秀英; Latin names keep their own order (Anna Schmidt). */
function fullName(firstName, lastName) {
  const first = (firstName || '').trim();
  const last = (lastName || '').trim();
  if (HAN.test(first + last)) {
    return last + first;
  }
  return [first, last].filter(part => part).join(' ');
}

/** The same instant as a Date whose browser-local wall time is China's wall time, for formatters that use the browser zone. */
function asChinaWallTime(value) {
  const date = toDate(value);
  if (!date) {
    return value;
  }
  const shiftMinutes = CHINA_OFFSET_MINUTES + date.getTimezoneOffset();
  return new Date(date.getTime() + shiftMinutes * 60000);
}

function toDate(value) {
  if (value instanceof Date) {
    return value;
  }
  if (typeof value === 'number') {
    return new Date(value);
  }
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) {
    // The engine writes offsets as +0800; Date.parse wants +08:00. A string without an offset stays as it is.
    const iso = value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
    if (/(Z|[+-]\d\d:\d\d)$/.test(iso)) {
      const date = new Date(iso);
      return isNaN(date.getTime()) ? null : date;
    }
  }
  return null;
}

function replaceInTemplate($injector, $provide, directiveName, replacements) {
  // Each app has only some of these directives; decorating a missing one would stop the app from starting.
  if (!$injector.has(`${directiveName}DirectiveProvider`)) {
    return;
  }
  $provide.decorator(`${directiveName}Directive`, ['$delegate', function ($delegate) {
    const directive = $delegate[0];
    if (typeof directive.template === 'string') {
      for (const [from, to] of replacements) {
        directive.template = directive.template.split(from).join(to);
      }
    }
    return $delegate;
  }]);
}

custom.config(['$translateProvider', function ($translateProvider) {
  // Runs after Camunda's own configuration, which chose the language from the browser.
  $translateProvider.determinePreferredLanguage(chosenLanguage);
}]);

custom.config(['$injector', '$provide', function ($injector, $provide) {
  replaceInTemplate($injector, $provide, 'camWidgetHeader', [
    ['{{ (userName || authentication.name) }}',
      '{{ ($root.jiuzhu.nameOf(authentication.name) || userName || authentication.name) }}'],
    ['<li class="logout">',
      '<li class="jiuzhu-language"><a href ng-click="$root.jiuzhu.switchLanguage()">{{ $root.jiuzhu.otherLanguage }}</a></li>\n'
      + '        <li class="logout">']
  ]);
  replaceInTemplate($injector, $provide, 'camWidgetFooter', [
    ['<i>{{timezoneName}}</i>', '<i>Asia/Shanghai (UTC+8)</i>']
  ]);
  replaceInTemplate($injector, $provide, 'camTasks', [
    ['{{ assigneeDisplayedName(task); }}', '{{ $root.jiuzhu.nameOf(task.assignee) || assigneeDisplayedName(task) }}']
  ]);
  replaceInTemplate($injector, $provide, 'camTasklistTaskMeta', [
    ['{{ assignee.firstName }} {{ assignee.lastName }}', '{{ $root.jiuzhu.fullName(assignee.firstName, assignee.lastName) }}']
  ]);
  replaceInTemplate($injector, $provide, 'userProfile', [
    ['{{ user.firstName }} {{ user.lastName }}', '{{ $root.jiuzhu.fullName(user.firstName, user.lastName) }}']
  ]);

  $provide.decorator('camDateFilter', ['$delegate', function ($delegate) {
    return (value, format) => $delegate(asChinaWallTime(value), format);
  }]);
  $provide.decorator('dateFilter', ['$delegate', function ($delegate) {
    return (value, format, timezone) => $delegate(value, format, timezone || '+0800');
  }]);
}]);

custom.run(['$rootScope', '$window', 'camAPI', function ($rootScope, $window, camAPI) {
  const names = {};
  const language = chosenLanguage();

  $rootScope.jiuzhu = {
    fullName,
    otherLanguage: language === 'zh' ? 'English' : '中文',
    switchLanguage() {
      $window.localStorage.setItem(LANGUAGE_KEY, language === 'zh' ? 'en' : 'zh');
      $window.location.reload();
    },
    /** The user's name in Chinese order, looked up once per user and page; undefined until known. */
    nameOf(userId) {
      if (!userId) {
        return undefined;
      }
      if (!(userId in names)) {
        names[userId] = undefined;
        camAPI.resource('user').profile(userId, (error, profile) => {
          names[userId] = error ? undefined : fullName(profile.firstName, profile.lastName) || undefined;
          $rootScope.$applyAsync();
        });
      }
      return names[userId];
    }
  };
}]);

if (window.flatpickr && chosenLanguage() === 'zh') {
  // The form library (form-js) opens its date picker with flatpickr's default locale.
  window.flatpickr.localize({
    weekdays: {
      shorthand: ['日', '一', '二', '三', '四', '五', '六'],
      longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
    },
    months: {
      shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
      longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
    },
    firstDayOfWeek: 1,
    rangeSeparator: ' 至 ',
    weekAbbreviation: '周',
    scrollTitle: '滚动切换',
    toggleTitle: '点击切换 12/24 小时制',
    time_24hr: true
  });
}
