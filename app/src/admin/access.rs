//! Who is signed in to the back office, and the guard every admin server function calls first:
//! no staff session answers 401, a session whose roles lack the permission answers 403. Roles
//! are read at every request, so a change or a deactivation counts at once. Server only.

use crate::account::session::{self, client_address, STAFF_COOKIE};
use crate::error::AppError;
use domain::ids::StaffId;
use domain::members::sessions::Holder;
use domain::staff::accounts;
use domain::staff::audit::Actor;
use domain::staff::{roles, Permission, Role};
use domain::Db;

/// An active staff member signed in on this browser.
#[derive(Clone, Debug)]
pub struct Access {
    pub staff: StaffId,
    pub roles: Vec<Role>,
}

impl Access {
    pub fn may(&self, permission: Permission) -> bool {
        roles::allowed(&self.roles, permission)
    }

    /// This staff member acting from this request's address, for the audit log.
    pub fn actor(&self) -> Actor {
        Actor {
            staff: Some(self.staff),
            address: client_address(),
        }
    }
}

/// The active staff member signed in on this browser, if any.
pub async fn signed_in(db: &Db) -> Result<Option<Access>, AppError> {
    let Some(Holder::Staff(staff)) = session::current_in(db, STAFF_COOKIE).await? else {
        return Ok(None);
    };
    Ok(accounts::active_roles(db, staff)
        .await?
        .map(|roles| Access { staff, roles }))
}

/// The signed-in staff member if their roles give `permission`; else 401 or 403.
pub async fn require(db: &Db, permission: Permission) -> Result<Access, AppError> {
    let access = signed_in(db).await?.ok_or(AppError::NotSignedIn)?;
    if access.may(permission) {
        Ok(access)
    } else {
        Err(AppError::Forbidden)
    }
}
