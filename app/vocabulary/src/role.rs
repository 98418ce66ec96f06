//! What a portal account is, and which parts of the portal each role may
//! open: the server's gates and the pages' links ask the same methods.

use crate::codes::code_enum;

code_enum!(
    /// What an account may do (in the order the new-account form lists them).
    Role ("portal-role") {
        /// Clinic staff: their own sites' profile, hours and bookings.
        Staff = "staff",
        /// Outreach worker: books for clients; sees their organisation's referrals.
        Outreach = "outreach",
        /// Keeps the directory of one or more regions: their sites, reports
        /// and closings.
        Coordinator = "coordinator",
        /// Manages accounts; sees every site and organisation.
        Admin = "admin",
    }
);

impl Role {
    /// Accounts and the audit log.
    pub fn manages_accounts(self) -> bool {
        self == Role::Admin
    }

    /// The directory, its reports and the changes sites' staff made.
    pub fn keeps_directory(self) -> bool {
        matches!(self, Role::Admin | Role::Coordinator)
    }

    /// Booking for clients and the organisation's referrals.
    pub fn sees_referrals(self) -> bool {
        self == Role::Outreach
    }

    /// Sites of its own (managed or kept) on the start page.
    pub fn has_sites(self) -> bool {
        self != Role::Outreach
    }

    /// A site's bookings: its own staff's and admins', not a coordinator's,
    /// who keeps only its listing.
    pub fn receives_bookings(self) -> bool {
        matches!(self, Role::Admin | Role::Staff)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_role_opens_its_own_rooms() {
        assert!(Role::Admin.manages_accounts() && Role::Admin.keeps_directory());
        assert!(Role::Coordinator.keeps_directory() && !Role::Coordinator.manages_accounts());
        assert!(!Role::Coordinator.receives_bookings());
        assert!(Role::Outreach.sees_referrals() && !Role::Outreach.has_sites());
        assert!(!Role::Staff.keeps_directory() && Role::Staff.receives_bookings());
        assert_eq!(Role::from_code("coordinator"), Some(Role::Coordinator));
        assert_eq!(Role::Admin.label_key(), "portal-role-admin");
    }
}
