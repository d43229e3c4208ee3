//! The back office at `/admin`: staff sign in, see the menu their roles allow, and work there.
//! Every admin server function checks its permission on the server ([`access::require`]).

#[cfg(feature = "ssr")]
pub mod access;
pub mod api;
mod audit_page;
mod dashboard;
pub mod guestbook_api;
mod guestbook_page;
pub mod help;
pub mod inbox_api;
mod inbox_page;
mod login;
mod members_page;
pub mod orders_api;
mod orders_page;
mod outbox_page;
pub mod records;
pub mod reviews_api;
mod reviews_page;
mod shell;
pub mod staff_api;
mod staff_page;

pub use audit_page::AuditPage;
pub use dashboard::DashboardPage;
pub use guestbook_page::GuestbookModerationPage;
pub use help::{FaqEditor, HelpAdminPage, HelpPageEditor};
pub use inbox_page::InboxPage;
pub use login::{AdminLoginPage, ApplyPage};
pub use members_page::MembersPage;
pub use orders_page::AdminOrdersPage;
pub use outbox_page::OutboxPage;
pub use reviews_page::ReviewModerationPage;
pub use shell::AdminShell;
pub use staff_page::StaffPage;

use crate::i18n::AdminMsg;
use serde::{Deserialize, Serialize};

/// A part of the back office, with its place in the menu. Each needs one permission.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Section {
    Dashboard,
    Orders,
    Members,
    Outbox,
    Inbox,
    Guestbook,
    Reviews,
    HelpCenter,
    Staff,
    AuditLog,
}

impl Section {
    pub const ALL: [Section; 10] = [
        Section::Dashboard,
        Section::Orders,
        Section::Members,
        Section::Outbox,
        Section::Inbox,
        Section::Guestbook,
        Section::Reviews,
        Section::HelpCenter,
        Section::Staff,
        Section::AuditLog,
    ];

    pub fn href(self) -> &'static str {
        match self {
            Section::Dashboard => "/admin",
            Section::Orders => "/admin/orders",
            Section::Members => "/admin/members",
            Section::Outbox => "/admin/outbox",
            Section::Inbox => "/admin/inbox",
            Section::Guestbook => "/admin/guestbook",
            Section::Reviews => "/admin/reviews",
            Section::HelpCenter => "/admin/content/help",
            Section::Staff => "/admin/staff",
            Section::AuditLog => "/admin/audit",
        }
    }

    pub fn label(self) -> AdminMsg {
        match self {
            Section::Dashboard => AdminMsg::Dashboard,
            Section::Orders => AdminMsg::Orders,
            Section::Members => AdminMsg::Members,
            Section::Outbox => AdminMsg::Outbox,
            Section::Inbox => AdminMsg::Inbox,
            Section::Guestbook => AdminMsg::Guestbook,
            Section::Reviews => AdminMsg::Reviews,
            Section::HelpCenter => AdminMsg::HelpCenter,
            Section::Staff => AdminMsg::Staff,
            Section::AuditLog => AdminMsg::AuditLog,
        }
    }

    /// What a staff member needs to see this section.
    #[cfg(feature = "ssr")]
    pub fn permission(self) -> domain::staff::Permission {
        use domain::staff::Permission;
        match self {
            Section::Dashboard => Permission::Dashboard,
            Section::Orders => Permission::ReadOrders,
            Section::Members => Permission::ReadMembers,
            Section::Outbox => Permission::ReadOutbox,
            Section::Inbox => Permission::AnswerMessages,
            Section::Guestbook => Permission::Moderate,
            Section::Reviews => Permission::Moderate,
            Section::HelpCenter => Permission::EditContent,
            Section::Staff => Permission::ManageStaff,
            Section::AuditLog => Permission::ReadAuditLog,
        }
    }
}
