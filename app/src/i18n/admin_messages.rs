//! The back office's message catalogue: one line per UI string, Simplified Chinese then English.

use super::{Locale, Translate};

messages! {
    enum AdminMsg;
    BackOffice => "后台管理", "Back office";
    BackOfficeMenu => "后台菜单", "Back-office menu";
    ToTheShop => "查看商城", "View the shop";
    Dashboard => "概览", "Dashboard";
    DashboardNote => "以下数字为此刻的实时统计，“今天”按北京时间计。", "Live figures as of now; “today” is the shop's day (Beijing time).";
    Members => "会员", "Members";
    Orders => "订单", "Orders";
    AllStatuses => "全部状态", "All statuses";
    FindOrder => "订单号", "Order number";
    NoOrdersFound => "没有符合条件的订单。", "No orders match.";
    TransferReceived => "确认转账到账", "Transfer received";
    StartProcessing => "开始备货", "Start processing";
    ShipOrder => "发货", "Ship";
    MarkDelivered => "确认签收", "Mark delivered";
    CarrierLabel => "承运商", "Carrier";
    TrackingLabel => "运单号", "Tracking number";
    OrderMoved => "订单已更新。", "The order is updated.";
    Outbox => "邮件发件箱", "Mail outbox";
    Inbox => "顾客留言", "Customer messages";
    Guestbook => "留言板", "Guestbook";
    Reviews => "商品评价", "Reviews";
    HelpCenter => "帮助中心", "Help center";
    Staff => "员工", "Staff";
    AuditLog => "操作日志", "Audit log";
    NotYourSection => "无权访问", "Not your section";
    NotYourSectionBody => "您的角色不能打开此页面。如需权限，请联系管理员。", "Your roles do not open this page. Ask an administrator if you need it.";
    StaffLogInTitle => "员工登录", "Staff log-in";
    ApplicationReceived => "申请已提交。管理员批准后即可登录。", "Your application is in. You can log in once an administrator approves it.";
    NoStaffAccount => "还没有员工账户？", "No staff account yet?";
    Apply => "申请账户", "Apply for an account";
    ApplyTitle => "申请员工账户", "Apply for a staff account";
    ApplyIntro => "提交后，账户需经管理员批准并分配角色才能使用。", "Once sent, an administrator approves the account and gives it its roles before you can log in.";
    RolesRequired => "请至少选择一个角色", "Choose at least one role";
    FigureProductsOnShelf => "在售商品", "Products on the shelf";
    FigureProductsSoldOut => "在售但已售罄", "On the shelf but sold out";
    FigureProductsNotLive => "草稿与待审核商品", "Drafts and products in review";
    FigureMembers => "会员总数", "Members";
    FigureMembersToday => "今日新注册", "Joined today";
    FigureMembersVerified => "已验证邮箱的会员", "Members with a verified e-mail";
    FigureSearchesToday => "今日搜索次数", "Searches today";
    FigureSearchesEmpty => "今日无结果搜索", "Searches today without results";
    FigureMailsQueued => "待发送邮件", "Mails waiting to be sent";
    FigureMailsDead => "发送失败的邮件", "Mails given up on";
    FigureStaffPending => "待批准的员工申请", "Staff applications to approve";
    When => "时间", "When";
    Who => "操作人", "Who";
    Action => "操作", "Action";
    Subject => "对象", "Subject";
    BeforeAfter => "变更前后", "Before and after";
    Before => "前", "Before";
    After => "后", "After";
    Address => "来源地址", "From address";
    TheShop => "系统", "The shop";
    Pages => "翻页", "Pages";
    Newer => "较新", "Newer";
    Older => "较早", "Older";
    OutboxNote => "最近 200 封邮件。发送失败的邮件会按间隔加倍重试，6 次后放弃。", "The newest 200 mails. A failed mail is retried with doubling waits and given up on after 6 tries.";
    OutboxEmpty => "发件箱是空的。", "The outbox is empty.";
    Recipient => "收件人", "To";
    Status => "状态", "Status";
    Tries => "尝试次数", "Tries";
    MailSent => "已发送", "Sent";
    MailQueued => "等待发送", "Waiting";
    MailDead => "已放弃", "Given up";
    FindMember => "按邮箱或姓名查找", "Find by e-mail or name";
    NoMembersFound => "没有找到会员。", "No members found.";
    Phone => "手机", "Phone";
    MemberVerified => "已验证", "Verified";
    MemberUnverified => "未验证", "Not verified";
    MemberDeleted => "已注销", "Deleted";
    Roles => "角色", "Roles";
    StaffName => "姓名", "Name";
    LastLogIn => "最近登录", "Last log-in";
    Actions => "操作", "Actions";
    StatusPending => "待批准", "Pending";
    StatusActive => "在职", "Active";
    StatusDeactivated => "已停用", "Deactivated";
    Approve => "批准", "Approve";
    SaveRoles => "保存角色", "Save roles";
    Deactivate => "停用", "Deactivate";
    Reactivate => "重新启用", "Reactivate";
    AddStaff => "添加员工", "Add a staff member";
    AddStaffIntro => "账户立即生效。请把初始密码当面或通过安全渠道交给对方。", "The account works at once. Hand over the first password in person or by a safe channel.";
    FirstPassword => "初始密码", "First password";
    RoleAdministrator => "管理员", "Administrator";
    RoleOperations => "运营", "Operations";
    RoleEditor => "编辑", "Editor";
    RoleCustomerService => "客服", "Customer service";
    RoleWarehouse => "仓储物流", "Warehouse";
    RolePurchasing => "采购", "Purchasing";
    RoleFinance => "财务", "Finance";
    RoleMarketing => "市场", "Marketing";
    RefusedYourself => "不能停用自己的账户。", "You cannot deactivate your own account.";
    RefusedLastAdministrator => "这是最后一位在职管理员，不能停用或取消其管理员角色。", "This is the last active administrator; they cannot be deactivated or lose the role.";
    RefusedNotPending => "该账户不在待批准状态。", "This account is not waiting for approval.";
    RefusedNotDeactivated => "该账户未被停用。", "This account is not deactivated.";
}

/// The name of a role code; unknown codes are shown as they are.
pub fn role_label(locale: Locale, code: &str) -> String {
    let msg = match code {
        "administrator" => AdminMsg::RoleAdministrator,
        "operations" => AdminMsg::RoleOperations,
        "editor" => AdminMsg::RoleEditor,
        "customer_service" => AdminMsg::RoleCustomerService,
        "warehouse" => AdminMsg::RoleWarehouse,
        "purchasing" => AdminMsg::RolePurchasing,
        "finance" => AdminMsg::RoleFinance,
        "marketing" => AdminMsg::RoleMarketing,
        other => return other.to_string(),
    };
    msg.text(locale).to_string()
}

/// Why a change to a staff account was refused (the domain's rule), in `locale`.
pub fn staff_refusal(locale: Locale, rule: &str) -> String {
    match rule {
        "yourself" => AdminMsg::RefusedYourself,
        "last_administrator" => AdminMsg::RefusedLastAdministrator,
        "not_pending" => AdminMsg::RefusedNotPending,
        _ => AdminMsg::RefusedNotDeactivated,
    }
    .text(locale)
    .to_string()
}
