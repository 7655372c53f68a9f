import type { ErrorDetails } from '../shared/errors.ts';
import type { Catalog } from './catalog.ts';

/*
 * Simplified Chinese (mainland China): the terms of Microsoft's own Chinese Partner Center and
 * Azure documentation (预留、退款、兑换、提前终止费、退款上限、支持请求 …). Placeholders, Markdown
 * markers, command words and literal codes stay as in en-US; only the prose is translated.
 * Internal Reservation Desk requests are 申请 (to keep them apart from Microsoft's 支持请求).
 */

const v = (d: ErrorDetails, key: string): string => {
  const value = d[key];
  return value === undefined || value === null
    ? ''
    : Array.isArray(value)
      ? value.join('、')
      : String(value);
};
/** A detail that is a list (or a ", "-separated string, as en-US splits it), as its items. */
const items = (d: ErrorDetails, key: string): string[] => {
  const value = d[key];
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map(String).filter((x) => x !== '');
  const s = String(value);
  return s === '' ? [] : s.split(', ').filter(Boolean);
};
/** Words shared by sentences below and by the text table (one source per term). */
const statusWords: Readonly<Record<string, string>> = {
  pending_approval: '待审批',
  approved: '已批准',
  filed: '已提交给 Microsoft',
  refunded_by_microsoft: 'Microsoft 已退款',
  credited_to_customer: '已返还客户',
  rejected: '已拒绝',
  expired: '已过期',
  failed: '失败',
};
const permissionWords: Readonly<Record<string, string>> = {
  view: '查看预留和报价',
  request: '提交退款和兑换申请',
  approve: '批准、拒绝或重试申请',
  'change-scope': '更改预留的范围',
  'record-settlement': '记录退款和客户返还',
};
/** Partner Center's Chinese names of its roles (the details carry the role codes). */
const roleWords: Readonly<Record<string, string>> = {
  'admin-agent': '管理员代理',
  'global-admin': '全局管理员',
  'helpdesk-agent': '支持人员代理',
  'sales-agent': '销售代理',
  'user-management-admin': '用户管理管理员',
};
const requiredWords: Readonly<Record<string, string>> = {
  reason: '申请原因',
  rejectReason: '拒绝申请的原因',
  reference: '参考编号（贷项通知单、发票或交易编号）',
};
const attemptWords: Readonly<Record<string, string>> = {
  retry: '重新提交',
  'record-microsoft-refund': '记录为“Microsoft 已退款”',
  'record-customer-credit': '记录为“已返还客户”',
};
const contactProblems: Readonly<Record<string, string>> = {
  firstName: '名字为必填项',
  lastName: '姓氏为必填项',
  preferredContactMethod: '首选联系方式须为电子邮件（email）或电话（phone）',
  email: '电子邮件地址无效',
  phone: '首选联系方式为电话时，需要提供电话号码（数字，可以 + 开头）',
  timeZone: '时区为必填项',
  language: '支持语言须为类似 zh-cn 或 en-us 的代码',
  country: '国家/地区须为 3 位字母的 ISO 代码，例如 CHN 或 USA',
};
const word = (table: Readonly<Record<string, string>>, key: string) => table[key] ?? key;
/** A code with its Chinese word beside it ("管理员代理（admin-agent）"), or the code alone. */
const named = (table: Readonly<Record<string, string>>, code: string) => {
  const w = table[code];
  return w === undefined ? code : `${w}（${code}）`;
};

const didYouMean = (d: ErrorDetails): string => {
  const s = items(d, 'suggestions');
  return s.length === 0 ? '' : `你是不是要找${s.map((x) => `“${x}”`).join('或')}？`;
};

/** 简体中文（中国大陆）. */
const missingZh: Readonly<Record<string, string>> = {
  customer: '客户（名称、域名或 ID）',
  reservation: '预留（预留 ID、订单 ID 或名称）',
  request: '申请（其 ID，例如 RD-7KQ2M9XA）',
};

export const zhCN: Catalog = {
  locale: 'zh-CN',
  errors: {
    AS_OF_BEFORE_PURCHASE: (d: ErrorDetails) =>
      `截至日期 ${v(d, 'asOf')} 早于 ${v(d, 'reservation')} 的购买日期（${v(d, 'purchaseDate')}）。请选择购买日期当天或之后的日期。`,
    RESERVATION_EXPIRED: (d: ErrorDetails) =>
      `${v(d, 'reservation')} 已于 ${v(d, 'expiryDate')} 到期，因此无法再退款或兑换（截至 ${v(d, 'asOf')}）。`,
    INVALID_QUANTITY: (d: ErrorDetails) =>
      `数量 ${v(d, 'quantity')} 对 ${v(d, 'reservation')} 无效：请输入 1 到 ${v(d, 'max')} 之间的整数。`,
    EXCHANGE_PRODUCT_FAMILY_MISMATCH: (d: ErrorDetails) =>
      `兑换只能在同一产品系列内进行：${v(d, 'reservation')} 属于 ${v(d, 'family')}，而新购买项属于 ${v(d, 'newFamily')}。请选择 ${v(d, 'family')} 预留，或改为申请退款。`,
    EXCHANGE_BELOW_REMAINING_COMMITMENT: (d: ErrorDetails) =>
      `新购买项（${v(d, 'newTotal')} ${v(d, 'currency')}）不得低于 ${v(d, 'minimumNewTotal')} ${v(d, 'currency')}，即退回的承诺金额。请增加新预留的数量、期限或规格。`,
    CAP_EXCEEDED: (d: ErrorDetails) => {
      const max = Number(v(d, 'maxQuantityWithinCap'));
      const when = v(d, 'capAvailableOn');
      const now = max > 0 ? `目前最多可申请 ${max} 个单位。` : '目前任何数量都超出上限。';
      const later =
        when === ''
          ? '此退款永远无法容纳在上限内：其金额超过整个上限；请拆分成多次退款或咨询 Microsoft。'
          : `到 ${when} 将释放足够的上限额度。`;
      return `此退款将取消 ${v(d, 'capCounted')} USD 的承诺金额，但 ${v(d, 'customer')} 的 ${v(d, 'capLimit')} USD 退款上限（滚动 ${v(d, 'capWindowDays')} 天）仅剩 ${v(d, 'capRemaining')} USD。${now}${later}`;
    },
    INVALID_AMOUNT: (d: ErrorDetails) =>
      `“${v(d, 'amount')}”不是有效金额：请只填写数字，可带小数点，例如 1800.00（不带货币符号或千位分隔符）。`,
    AMOUNT_TOO_PRECISE: (d: ErrorDetails) =>
      `“${v(d, 'amount')}”的小数位数超过了 ${v(d, 'currency')} 允许的位数（${v(d, 'digits')}）。`,
    CURRENCY_MISMATCH: (d: ErrorDetails) =>
      `此处的金额以 ${v(d, 'expected')} 计价，而不是 ${v(d, 'actual')}。`,
    UNKNOWN_CURRENCY: (d: ErrorDetails) =>
      `${v(d, 'currency')} 不是 Reservation Desk 支持的货币。请使用 ISO 4217 代码，例如 USD、CNY 或 EUR。`,
    INVALID_DATE: (d: ErrorDetails) =>
      `“${v(d, 'date')}”不是有效日期：请按 YYYY-MM-DD（UTC）格式填写，例如 2026-07-10。`,
    CUSTOMER_NOT_FOUND: (d: ErrorDetails) =>
      `没有与“${v(d, 'query')}”匹配的客户。${didYouMean(d)}输入“customers”可查看所有客户。`,
    CUSTOMER_AMBIGUOUS: (d: ErrorDetails) =>
      `“${v(d, 'query')}”匹配多个客户：${v(d, 'matches')}。请使用客户的域或 ID。`,
    RESERVATION_NOT_FOUND: (d: ErrorDetails) =>
      `没有与“${v(d, 'query')}”匹配的预留。${didYouMean(d)}输入“list <customer>”可查看某个客户的预留。`,
    RESERVATION_AMBIGUOUS: (d: ErrorDetails) =>
      `“${v(d, 'query')}”匹配多个预留：${v(d, 'matches')}。请使用预留 ID 或预留订单 ID。`,
    UNKNOWN_COMMAND: (d: ErrorDetails) =>
      `“${v(d, 'command')}”不是命令。${didYouMean(d)}输入“help”可查看所有命令。`,
    INVALID_ARGUMENTS: (d: ErrorDetails) =>
      [
        v(d, 'missing') === ''
          ? v(d, 'problem')
          : `请指明${missingZh[v(d, 'missing')] ?? v(d, 'missing')}。`,
        `用法：${v(d, 'usage')}`,
      ]
        .filter((x) => x !== '')
        .join(' '),
    UNKNOWN_USER: (d: ErrorDetails) =>
      `你（${v(d, 'user')}）不在 Reservation Desk 的人员目录中。请联系合作伙伴管理员，按你的合作伙伴中心角色将你添加到目录中。`,
    NOT_PERMITTED: (d: ErrorDetails) => {
      const roles = (key: string) =>
        items(d, key)
          .map((r) => named(roleWords, r))
          .join('、');
      return `要${word(permissionWords, v(d, 'permission'))}，你需要具有以下角色之一：${roles('required')}。你的角色：${roles('roles') || '无'}。`;
    },
    SELF_APPROVAL: (d: ErrorDetails) =>
      `申请 ${v(d, 'requestId')} 是你自己提交的，因此必须由其他具有审批角色的人员来决定（四眼原则）。`,
    REQUEST_NOT_FOUND: (d: ErrorDetails) =>
      `不存在申请 ${v(d, 'requestId')}。输入“requests”可列出所有申请。`,
    ALREADY_DECIDED: (d: ErrorDetails) =>
      `申请 ${v(d, 'requestId')} 已处于“${word(statusWords, v(d, 'status'))}”状态${v(d, 'decidedBy') === '' ? '' : `（由 ${v(d, 'decidedBy')} 决定）`}；未做任何更改。`,
    INVALID_TRANSITION: (d: ErrorDetails) =>
      `申请 ${v(d, 'requestId')} 的状态为“${word(statusWords, v(d, 'status'))}”，因此现在不能${word(attemptWords, v(d, 'attempted'))}。`,
    REQUEST_EXPIRED: (d: ErrorDetails) =>
      `申请 ${v(d, 'requestId')} 在作出决定前已于 ${v(d, 'expiredOn')} 过期。请重新获取报价并再次提交。`,
    REASON_REQUIRED: (d: ErrorDetails) =>
      `请提供${word(requiredWords, v(d, 'field') || 'reason')}${v(d, 'max') === '' ? '' : `（最多 ${v(d, 'max')} 个字符）`}，以便审计记录有据可查。`,
    INVALID_CONTACT: (d: ErrorDetails) =>
      `支持联系人信息需要更正：${items(d, 'fields')
        .map((f) => word(contactProblems, f))
        .join('；')}。Microsoft 将通过这些信息就此申请与你联系。`,
    INVALID_SCOPE: (d: ErrorDetails) =>
      `“${v(d, 'scope')}”不是有效的范围。请使用“shared”、订阅 ID、/subscriptions/<id>/resourceGroups/<name> 或 /providers/Microsoft.Management/managementGroups/<id>。`,
    INVALID_STATUS: (d: ErrorDetails) =>
      `“${v(d, 'status')}”不是有效的申请状态。请使用以下状态之一：${items(d, 'statuses')
        .map((s) => named(statusWords, s))
        .join('、')}。`,
    UNSUPPORTED_LOCALE: (d: ErrorDetails) =>
      `Reservation Desk 尚不支持“${v(d, 'locale')}”。请从以下语言中选择：${v(d, 'supported')}；或选择“auto”以跟随你的应用语言。`,
    PROVIDER_ACCESS_DENIED: (d: ErrorDetails) =>
      v(d, 'access') === 'partner-center'
        ? `合作伙伴中心拒绝了机器人的应用注册（${v(d, 'status')}）。请在合作伙伴租户中同意该应用，并为其授予合作伙伴中心 API 访问权限（参见 README 的“Azure mode”一节）。`
        : `Azure 拒绝访问${v(d, 'customer') === '' ? '该客户' : ` ${v(d, 'customer')} `}的租户（${v(d, 'status')}）。机器人需要在客户租户中具有管理员代理访问权限（GDAP：包括“预留管理员”在内的 Azure 角色）；Azure Lighthouse 不提供对预留的访问权限。`,
    PROVIDER_UNAVAILABLE: (d: ErrorDetails) =>
      `Azure 或合作伙伴中心未按预期响应：${v(d, 'reason')}。请重试；如果仍然失败，请检查应用注册的访问权限（参见 README 的“Azure mode”一节）。`,
    SUPPORT_REQUEST_FAILED: (d: ErrorDetails) =>
      `无法为申请 ${v(d, 'requestId')} 创建支持请求：${v(d, 'reason')}。该申请已标记为失败；审批人可以重试。`,
  },
  text: {
    'refused.tamperedButton':
      '此按钮不是 Reservation Desk 为本会话生成的，或已被改动，因此未执行任何操作；这次尝试已记入审计记录。请使用申请消息本身上的按钮，或用 “request” 加申请 ID 重新显示该申请。',
    'refused.tamperedForm':
      '此表单在 Reservation Desk 打开后被改动过，因此未提交任何内容；这次尝试已记入审计记录。请关闭表单后重新开始。',
    'help.language': '查看或选择你的语言（适用于所有渠道）；“auto”表示跟随你的应用语言',
    'language.current': '当前回复语言：{language}。可用语言：{available}。',
    'language.set': '从现在起，在所有渠道中都将使用以下语言回复你：{language}。',
    'language.auto': '从现在起，将使用你的应用语言回复你（{language}）。',
    'language.name.en-US': 'English（英语）',
    'language.name.zh-CN': '简体中文',
    'quote.azureHeading': 'Azure 自身的计算结果',
    'label.azureRefund': '退款（Azure）',
    'label.azureRefundUsd': '退款金额，USD（Azure）',
    'label.azureLimit': '退款上限（Azure）',
    'quote.azureLimitLine': '已使用 {consumed}，共 {limit}',
    'quote.azurePolicy': 'Azure 返回 {code}：{message}',
    'quote.azureDiffers':
      'Azure 计算的退款（{azure}）与此报价（{ours}）不一致。提交前请检查策略设置（费用、宽限期）。',
    'quote.azureUnavailable': '无法获取 Azure 自身的计算结果：{reason}',
    'form.reservation': '预留（ID、订单 ID 或名称）',
    'form.reservationMissing': '请指明预留：其 ID、订单 ID 或名称。',
    'teams.updateQuote': '更新报价',
    'teams.submitted': '申请已提交：审批卡片已发布在对话中。',
    'teams.rejectReasonLabel': '原因（拒绝时必填）',
    'teams.turnFailed':
      '机器人内部出错，此操作未完成。请一分钟后重试；如果再次出错，请让 Reservation Desk 的管理员在日志中查找 teams_turn_failed。',
    'teams.unknownAction':
      'Reservation Desk 不认识此卡片操作，因此未执行任何操作。请使用申请卡片上的按钮。',
    'form.problem.firstName': word(contactProblems, 'firstName'),
    'form.problem.lastName': word(contactProblems, 'lastName'),
    'form.problem.preferredContactMethod': word(contactProblems, 'preferredContactMethod'),
    'form.problem.email': word(contactProblems, 'email'),
    'form.problem.phone': word(contactProblems, 'phone'),
    'form.problem.timeZone': word(contactProblems, 'timeZone'),
    'form.problem.language': word(contactProblems, 'language'),
    'form.problem.country': word(contactProblems, 'country'),
    'action.share': '在频道中共享',
    'form.contactHeading': 'Microsoft 支持联系人',
    'form.method.email': '电子邮件',
    'form.method.phone': '电话',
    'form.newPurchaseHeading': '新预留',
    'form.scopeType': '范围',
    'form.scopeTarget': '订阅、资源组或管理组 ID（“共享”范围无需填写）',
    'scopeType.Shared': '共享（计费上下文中的所有订阅）',
    'scopeType.Single': '单个订阅',
    'scopeType.ResourceGroup': '资源组',
    'scopeType.ManagementGroup': '管理组',
    'slack.cancel': '取消',
    'slack.change': '更改',
    'slack.record': '记录',
    'slack.requestApproval': '提交审批',
    'slack.refundTitle': '预留退款',
    'slack.exchangeTitle': '兑换预留',
    'slack.rejectTitle': '拒绝申请',
    'slack.scopeTitle': '更改范围',
    'slack.microsoftRefundTitle': 'Microsoft 已退款',
    'slack.customerCreditTitle': '已返还客户',
    'slack.newTotalHint': '按 Enter 键查看此总额的报价。',
    'slack.rejectIntro': '为什么拒绝申请 {id}？申请人会看到此原因，它也会记入审计记录。',
    'slack.settleIntro':
      '申请 {id}：{customer} 的 {reservation}。已填入报价预计的金额；如果实际发生的金额不同，请修改。',
    'slack.reservationLine': '*{name}* · {customer}\n预留 ID `{id}` · 订单 ID `{order}`',
    'audit.submitted': '已提交',
    'audit.approved': '已批准',
    'audit.rejected': '已拒绝',
    'audit.expired': '已过期',
    'audit.filed': '已提交支持请求',
    'audit.failed': '支持请求提交失败',
    'audit.retried': '重试后已提交',
    'audit.refunded_by_microsoft': 'Microsoft 已退款',
    'audit.credited_to_customer': '已返还客户',
    'audit.scope_changed': '范围已更改',
    'audit.refused': '操作被拒绝',
    'start.usage': '未知参数：{args}。用法：npm start [-- --shell]',
    'shell.banner':
      'Reservation Desk 控制台（{provider} 提供程序）\n数据：{data}\n存储：{store}\n今天：{today}（UTC）{fixed}\n输入“help”查看命令，输入“/as <name>”以其他人的身份操作，输入“quit”退出。',
    'shell.fixedNow': '，由 RESERVATION_DESK_NOW 固定',
    'shell.help':
      '在控制台中：“/as <name or email>”以另一名员工的身份操作（不带名字则列出所有员工），“whoami”显示你当前的身份，输入数字可选择上方带编号的选项，“quit”或 Ctrl-D 退出。',
    'shell.asList': '人员目录：\n  {agents}\n请输入“/as <name or email>”。',
    'shell.nowActingAs': '你现在的身份是 {name}（{roles}）。',
    'shell.nobody': '人员目录中没有任何人，因此无法切换身份。请在数据文件中添加人员。',
    'shell.noSuchChoice':
      '没有选项 {choice}：请从上方列表中选择一个编号（共 {count} 个），或输入命令。',
    'shell.bye': '再见。',
    'shell.formIntro': '申请详细信息（按 Enter 保留方括号中的值）：',
    'shell.newPurchaseIntro': '新预留（按 Enter 保留方括号中的值）：',
    'shell.submitted':
      '申请 {id} 已提交，现在等待除你之外的管理员代理或全局管理员审批：输入“/as <approver>”，然后选择“批准”。',
    'form.quantity': '退回数量',
    'form.reason': '原因（供审批人和 Microsoft 查看）',
    'form.scope': '新范围（shared、订阅 ID，或者资源组或管理组 ID）',
    'form.rejectReason': '拒绝原因',
    'form.amount': '金额（{currency}）',
    'form.reference': '参考编号（贷项通知单、发票或交易编号）',
    'form.family': '产品系列',
    'form.sku': 'SKU',
    'form.region': '区域',
    'form.term': '期限（P1Y、P3Y、P5Y）',
    'form.newQuantity': '新预留的数量',
    'form.plan': '计费计划（Upfront 预付、Monthly 按月付）',
    'form.newTotal': '新预留的全期总额（{currency}）',
    'form.contact.firstName': '联系人名字',
    'form.contact.lastName': '联系人姓氏',
    'form.contact.preferredContactMethod': '首选联系方式（email 或 phone）',
    'form.contact.email': '联系人电子邮件',
    'form.contact.phone': '联系人电话',
    'form.contact.timeZone': '时区',
    'form.contact.language': '支持语言',
    'form.contact.country': '国家/地区（3 位字母代码，例如 CHN、USA、DEU）',
    'action.approve': '批准',
    'action.reject': '拒绝',
    'action.retry': '重试提交',
    'action.microsoftRefunded': 'Microsoft 已向合作伙伴退款',
    'action.customerCredited': '已返还客户',
    'card.pending': '等待管理员代理或全局管理员（申请人除外）审批。',
    'card.approved': '已由 {by} 批准；正在提交支持请求。',
    'card.filed': '已由 {by} 批准。已向 Microsoft 提交支持请求 {ticket}。',
    'card.refunded': '已由 {by} 批准。Microsoft 已向合作伙伴退款（支持请求 {ticket}）。',
    'card.credited': '已由 {by} 批准。已返还客户：流程已完成。',
    'card.rejected': '已被 {by} 拒绝：{reason}',
    'card.expired': '在作出决定前已过期。',
    'card.failed': '已由 {by} 批准，但支持请求提交失败：{reason}。审批人可以重试。',
    'label.feePlain': '提前终止费',
    'label.newPurchase': '新购买项',
    'label.microsoftRefund': 'Microsoft 已退款',
    'label.customerCredit': '已返还客户',
    'help.request': '单个申请：其报价、审计记录以及接下来可执行的操作',
    'cli.usage':
      '用法：npm run --silent cli -- <command> [options]   （或：reservation-desk <command>）\n\n命令：\n  quote refund <reservation> [--quantity N] [--as-of YYYY-MM-DD]\n  quote exchange <reservation> --new-total AMOUNT [--new-type TYPE] [--quantity N] [--as-of YYYY-MM-DD]\n  customers [search]\n  list <customer>\n  show <reservation>\n  cap <customer> [--as-of YYYY-MM-DD]\n  requests [status]\n\n选项：\n  --json      仅在 stdout 上输出一个 JSON 文档，不输出其他内容\n  -h, --help  显示此帮助\n\n预留可通过其预留 ID、订单 ID 或显示名称指定；客户可通过名称、域或 ID 指定。\n数据来自 RESERVATION_DESK_DATA（默认：演示租户）以及机器人的存储 RESERVATION_DESK_STORE（CLI 只读取该存储）。\n退出代码：0 完成，1 被拒绝（错误信息会说明原因），2 用法错误。',
    'access.none': '此预留没有记录任何角色分配。',
    'access.title': '谁有权访问 {name}',
    'action.exchange': '兑换',
    'action.portal': '在 Azure 门户中打开',
    'action.refund': '退款',
    'action.requestExchange': '申请兑换',
    'action.requestRefund': '申请此退款',
    'action.scope': '更改范围',
    'audit.system': 'Reservation Desk',
    'cap.barCaption': '已使用 {used}，共 {limit}',
    'cap.limitLine': '每滚动 {days} 天最多可取消 {limit} 的承诺金额',
    'cap.noEntries': '过去 {days} 天内没有计入上限的退款。',
    'cap.sourceBot': 'Reservation Desk 申请 {id}',
    'cap.sourceHistory': '在 Reservation Desk 之外进行的退款',
    'cap.title': '{customer} 的退款上限',
    'customers.empty': '没有匹配的客户。',
    'customers.title': '客户（{count}）',
    'help.access': '谁对预留拥有 Azure 角色',
    'help.cap': '客户的滚动退款上限：已用额度、剩余额度，以及何时释放多少',
    'help.customers': '你的 CSP 客户，以及每个客户的预留数量',
    'help.exchange': '兑换可抵扣的金额及新购买的最低金额；然后提交申请',
    'help.help': '此列表，或某个命令的详细说明',
    'help.list': '客户的预留：到期日期、范围、利用率、ID',
    'help.naming':
      '可通过预留 ID、预留订单 ID 或显示名称指定预留（多个预留同名时请加上客户：contoso/VM_RI_D2s_weu）。可通过名称、域或 ID 指定客户。',
    'help.refund': '精确的退款报价（贷记金额、费用、退款、上限）；然后提交申请',
    'help.requests': '退款和兑换申请，可按状态筛选',
    'help.roles': '谁可以做什么：人员目录和合作伙伴中心角色',
    'help.scope': '查看或更改预留折扣的适用范围（审批人）',
    'help.show': '单个预留的完整信息，可进行退款、兑换和更改范围',
    'help.title': 'Reservation Desk：命令',
    'kind.exchange': '兑换',
    'kind.refund': '退款',
    'label.action': '操作',
    'label.amount': '金额',
    'label.amountUsd': '已取消的承诺金额（USD）',
    'label.asOf': '截至日期（UTC）',
    'label.basis': '计算依据',
    'label.capCounted': '计入上限的金额',
    'label.capLimit': '上限',
    'label.capRemaining': '剩余额度',
    'label.capUsed': '退款上限',
    'label.capUsedAmount': '已使用',
    'label.channel': '渠道',
    'label.command': '命令',
    'label.credit': '贷记金额',
    'label.creditCovers': '贷记金额覆盖比例',
    'label.customer': '客户',
    'label.customerId': '客户 ID',
    'label.date': '日期',
    'label.decidedBy': '审批人',
    'label.domain': '域',
    'label.email': '电子邮件',
    'label.example': '示例',
    'label.exchangeCredit': '兑换贷记金额',
    'label.expires': '到期日期',
    'label.failure': '失败原因',
    'label.family': '产品系列',
    'label.fee': '提前终止费（{percent}%）',
    'label.freesOn': '释放日期',
    'label.kind': '类型',
    'label.may': '可执行的操作',
    'label.minimumNewTotal': '新购买最低金额',
    'label.name': '名称',
    'label.netPayable': '应付净额',
    'label.newTotal': '新购买总额',
    'label.note': '备注',
    'label.orderId': '预留订单 ID',
    'label.price': '全期承诺金额',
    'label.principal': '主体',
    'label.principalType': '类型',
    'label.product': '产品',
    'label.purchased': '购买日期',
    'label.qty': '数量',
    'label.quantity': '数量',
    'label.reason': '原因',
    'label.refund': '退款',
    'label.remainingCommitment': '剩余承诺金额',
    'label.request': '申请',
    'label.requestedBy': '申请人',
    'label.reservation': '预留',
    'label.reservationId': '预留 ID',
    'label.reservations': '预留数',
    'label.role': '角色',
    'label.roles': '角色',
    'label.scope': '范围',
    'label.source': '来源',
    'label.status': '状态',
    'label.supportRequest': '支持请求',
    'label.termAndPlan': '期限 · 计费计划',
    'label.termUsed': '已用期限',
    'label.usage': '使用情况',
    'label.utilization': '利用率（1 / 7 / 30 天）',
    'label.utilization30': '30 天利用率',
    'label.what': '说明',
    'label.when': '时间（UTC）',
    'label.who': '操作人',
    'list.empty': '此客户没有预留。',
    'list.more':
      '显示最早到期的 {shown} 项，共 {count} 项。可用 `show` 按名称、预留 ID 或订单 ID 查看其中一项。',
    'list.expired': '已于 {date} 到期',
    'list.title': '{customer} 的预留（{count}）',
    'permission.approve': '审批',
    'permission.change-scope': '更改范围',
    'permission.record-settlement': '记录结算',
    'permission.request': '提交申请',
    'permission.view': '查看和报价',
    'quote.basisFull': '全额：购买后 {days} 天，在 {grace} 天宽限期内，且从未使用',
    'quote.basisProrated': '按比例：剩余 {remaining} 天（共 {term} 天）',
    'quote.capCaption': '已使用 {used} + 本次退款 {counted}，共 {limit}（剩余 {remaining}）',
    'quote.capFreesOn': '到 {date} 将释放足够的上限额度。',
    'quote.capNever': '此金额超过整个上限，永远无法容纳在上限内；请咨询 Microsoft 支持部门。',
    'quote.exceedsCap': '此退款超出客户剩余的上限额度 {remaining}，因此无法提交。',
    'quote.exchangeRules':
      '新预留必须属于 {family}，且全期总额至少为 {minimum}。兑换不收取费用，也不计入退款上限。',
    'quote.exchangeTitle': '兑换：{name}，{quantity} 个（共 {of} 个）',
    'quote.maxWithinCap': '目前最多可申请 {max} 个单位。',
    'quote.noneFits': '目前任何数量都超出上限。',
    'quote.refundTitle': '退款报价：{name}，{quantity} 个（共 {of} 个）',
    'quote.unused': '从未使用',
    'quote.used': '购买后已使用',
    'request.title': '申请 {id}（{kind}）',
    'requests.empty': '暂无申请。',
    'requests.title': '申请（{count}）',
    'requests.titleStatus': '申请：{status}（{count}）',
    'reservation.expiredOn': '已于 {date} 到期',
    'reservation.expiresIn': '{date}（{days} 天后）',
    'reservation.noUtilization': '无利用率数据',
    'reservation.title': '{name} · {customer}',
    'reservation.utilizationAsOf': '（测量时间：{asOf} UTC）',
    'reservation.utilizationLine': '{day1} / {day7} / {day30}',
    'roles.title': '人员目录（{count}）',
    'scope.changed': '{name} 的范围已从 {from} 更改为 {to}。',
    'scope.current': '{name} 的范围为 {scope}。',
    'scope.howTo':
      '更改范围（管理员代理或全局管理员）：scope <reservation> shared | <subscription ID> | /subscriptions/<id>/resourceGroups/<name> | /providers/Microsoft.Management/managementGroups/<id>',
    'status.approved': word(statusWords, 'approved'),
    'status.credited_to_customer': word(statusWords, 'credited_to_customer'),
    'status.expired': word(statusWords, 'expired'),
    'status.failed': word(statusWords, 'failed'),
    'status.filed': word(statusWords, 'filed'),
    'status.pending_approval': word(statusWords, 'pending_approval'),
    'status.refunded_by_microsoft': word(statusWords, 'refunded_by_microsoft'),
    'status.rejected': word(statusWords, 'rejected'),
    'support.kindRefund': '退款',
    'support.kindExchange': '兑换',
    'support.title':
      '预留{kind}：{customer} 的 {reservationName}（{quantity} 个单位）[{requestId}]',
    'support.description': [
      '请为我方的 CSP 客户办理以下 Azure 预留{kind}。',
      '客户：{customer}（租户 {tenantId}）',
      '预留：{reservationName}',
      '预留 ID：{reservationId}',
      '预留订单 ID：{orderId}',
      '退回数量：{quantity}',
      '原因：{reason}',
      '申请人：{requestedBy}；审批人：{approvedBy}（Reservation Desk 申请编号 {requestId}）。',
      '报价截至 {quoteAsOf}（UTC），币种 {currency}：',
    ].join('\n'),
    'support.refundLines': '贷记金额 {credit}，提前终止费 {fee}，退款金额 {refund} {currency}。',
    'support.exchangeLines':
      '兑换贷记金额 {credit}；新购买项 {newPurchase}，全期总额 {newTotal}；应付净额 {netPayable} {currency}。',
  },
};
