//! The shop's departments as staff roles, and what each role may do. A staff member's
//! permissions are the union of their roles'; an administrator may do everything.

use serde::{Deserialize, Serialize};

/// A staff role: one of the shop's departments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    Administrator,
    Operations,
    Editor,
    CustomerService,
    Warehouse,
    Purchasing,
    Finance,
    Marketing,
}

/// Something a staff member may do in the back office. Each admin server function names the
/// one it needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Permission {
    /// See the back office's dashboard figures (every active staff member).
    Dashboard,
    /// Add, approve, deactivate staff and assign their roles.
    ManageStaff,
    /// Read the audit log of staff actions.
    ReadAuditLog,
    /// See the mail outbox and what happened to each mail.
    ReadOutbox,
    /// Look up members and their accounts.
    ReadMembers,
    /// See orders and their payments.
    ReadOrders,
    /// Record money received (bank transfers).
    ConfirmPayments,
    /// Pick, pack, ship and mark orders delivered.
    FulfilOrders,
    /// Write the shop's content: the customer service center's pages and FAQ.
    EditContent,
    /// Read the feedback form's messages and mark them answered.
    AnswerMessages,
    /// Moderate the guestbook and product reviews, and answer them in public as the shop.
    Moderate,
}

impl Permission {
    pub const ALL: [Permission; 11] = [
        Permission::Dashboard,
        Permission::ManageStaff,
        Permission::ReadAuditLog,
        Permission::ReadOutbox,
        Permission::ReadMembers,
        Permission::ReadOrders,
        Permission::ConfirmPayments,
        Permission::FulfilOrders,
        Permission::EditContent,
        Permission::AnswerMessages,
        Permission::Moderate,
    ];
}

impl Role {
    pub const ALL: [Role; 8] = [
        Role::Administrator,
        Role::Operations,
        Role::Editor,
        Role::CustomerService,
        Role::Warehouse,
        Role::Purchasing,
        Role::Finance,
        Role::Marketing,
    ];

    /// The code stored in `staff_roles.role`.
    pub fn code(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::Operations => "operations",
            Role::Editor => "editor",
            Role::CustomerService => "customer_service",
            Role::Warehouse => "warehouse",
            Role::Purchasing => "purchasing",
            Role::Finance => "finance",
            Role::Marketing => "marketing",
        }
    }

    pub fn parse(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    /// What this role may do.
    pub fn may(self, permission: Permission) -> bool {
        use Permission::*;
        matches!(
            (self, permission),
            (Role::Administrator, _)
                | (_, Dashboard)
                | (Role::CustomerService, ReadMembers | ReadOutbox)
                | (Role::Operations, ReadMembers)
                | (Role::Marketing, ReadOutbox)
                | (
                    Role::Operations | Role::CustomerService | Role::Warehouse | Role::Finance,
                    ReadOrders
                )
                | (Role::Finance, ConfirmPayments)
                | (Role::Warehouse | Role::Operations, FulfilOrders)
                | (Role::Editor, EditContent)
                | (Role::CustomerService, AnswerMessages | Moderate)
        )
    }
}

/// Whether someone holding `roles` may do `permission`.
pub fn allowed(roles: &[Role], permission: Permission) -> bool {
    roles.iter().any(|r| r.may(permission))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_match_the_schema() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.code()), Some(role));
        }
        assert_eq!(Role::parse("owner"), None);
    }

    #[test]
    fn administrators_may_do_everything_and_nobody_else_manages_staff() {
        for permission in Permission::ALL {
            assert!(allowed(&[Role::Administrator], permission));
        }
        for role in Role::ALL.into_iter().filter(|r| *r != Role::Administrator) {
            assert!(!role.may(Permission::ManageStaff), "{role:?}");
            assert!(!role.may(Permission::ReadAuditLog), "{role:?}");
            assert!(role.may(Permission::Dashboard), "{role:?}");
        }
        assert!(!allowed(&[], Permission::Dashboard));
        assert!(allowed(
            &[Role::Warehouse, Role::CustomerService],
            Permission::ReadMembers
        ));
    }

    #[test]
    fn only_editors_and_administrators_edit_content() {
        let editing: Vec<Role> = Role::ALL
            .into_iter()
            .filter(|r| r.may(Permission::EditContent))
            .collect();
        assert_eq!(editing, vec![Role::Administrator, Role::Editor]);
    }
}
