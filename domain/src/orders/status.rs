//! The order state machine: which status an order may move to on which event. Every move is
//! checked here, so no path in the shop (shopper, staff, webhook, background job) can put an
//! order where it may not be.
//!
//! ```text
//! pending_payment ──pay──▶ paid ──────┐
//!        │                            ├─process─▶ processing ─ship─▶ shipped ─deliver─▶ delivered ─complete─▶ completed
//!        └─confirm_cod─▶ cod_confirmed┘
//! cancel: pending_payment, paid, cod_confirmed, processing (before shipment) ─▶ cancelled
//! refund: a cancelled order that had been paid, delivered, completed ─▶ refunded
//! ```

use serde::{Deserialize, Serialize};

/// Where an order stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderStatus {
    /// Placed with card or bank transfer; stock reserved, waiting for the money.
    PendingPayment,
    /// The money arrived.
    Paid,
    /// Cash on delivery, accepted by the shop: paid when delivered.
    CodConfirmed,
    /// Being picked and packed.
    Processing,
    /// Handed to the carrier.
    Shipped,
    /// The customer has it.
    Delivered,
    /// Done: the return window closed.
    Completed,
    /// Called off before shipment.
    Cancelled,
    /// The money went back.
    Refunded,
}

/// What happens to an order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderEvent {
    Pay,
    ConfirmCod,
    Process,
    Ship,
    Deliver,
    Complete,
    Cancel,
    Refund,
}

/// A move the state machine refuses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("an order that is {from:?} cannot {event:?}")]
pub struct IllegalMove {
    pub from: OrderStatus,
    pub event: OrderEvent,
}

impl OrderStatus {
    pub const ALL: [OrderStatus; 9] = [
        OrderStatus::PendingPayment,
        OrderStatus::Paid,
        OrderStatus::CodConfirmed,
        OrderStatus::Processing,
        OrderStatus::Shipped,
        OrderStatus::Delivered,
        OrderStatus::Completed,
        OrderStatus::Cancelled,
        OrderStatus::Refunded,
    ];

    /// The status after `event`. `was_paid` says whether money was received for the order
    /// (a cancelled order is refunded only then; a cash-on-delivery order is paid once
    /// delivered).
    pub fn apply(self, event: OrderEvent, was_paid: bool) -> Result<OrderStatus, IllegalMove> {
        use OrderEvent as E;
        use OrderStatus as S;
        let next = match (self, event) {
            (S::PendingPayment, E::Pay) => S::Paid,
            (S::PendingPayment, E::ConfirmCod) => S::CodConfirmed,
            (S::Paid | S::CodConfirmed, E::Process) => S::Processing,
            (S::Processing, E::Ship) => S::Shipped,
            (S::Shipped, E::Deliver) => S::Delivered,
            (S::Delivered, E::Complete) => S::Completed,
            (S::PendingPayment | S::Paid | S::CodConfirmed | S::Processing, E::Cancel) => {
                S::Cancelled
            }
            (S::Cancelled, E::Refund) if was_paid => S::Refunded,
            (S::Delivered | S::Completed, E::Refund) => S::Refunded,
            (from, event) => return Err(IllegalMove { from, event }),
        };
        Ok(next)
    }

    /// The status's name as stored (`pending_payment` …).
    pub fn code(self) -> &'static str {
        match self {
            OrderStatus::PendingPayment => "pending_payment",
            OrderStatus::Paid => "paid",
            OrderStatus::CodConfirmed => "cod_confirmed",
            OrderStatus::Processing => "processing",
            OrderStatus::Shipped => "shipped",
            OrderStatus::Delivered => "delivered",
            OrderStatus::Completed => "completed",
            OrderStatus::Cancelled => "cancelled",
            OrderStatus::Refunded => "refunded",
        }
    }

    /// The inverse of [`OrderStatus::code`].
    pub fn parse(code: &str) -> Option<OrderStatus> {
        OrderStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Whether the goods have left the warehouse (a cancel is no longer possible).
    pub fn shipped(self) -> bool {
        matches!(
            self,
            OrderStatus::Shipped | OrderStatus::Delivered | OrderStatus::Completed
        )
    }

    /// No event moves the order any more.
    pub fn is_final(self) -> bool {
        self == OrderStatus::Refunded
    }
}

#[cfg(test)]
mod tests {
    use super::OrderEvent as E;
    use super::OrderStatus as S;
    use super::*;
    use proptest::prelude::*;

    const EVENTS: [OrderEvent; 8] = [
        E::Pay,
        E::ConfirmCod,
        E::Process,
        E::Ship,
        E::Deliver,
        E::Complete,
        E::Cancel,
        E::Refund,
    ];

    #[test]
    fn a_card_order_and_a_cash_on_delivery_order_run_their_course() {
        let card = [E::Pay, E::Process, E::Ship, E::Deliver, E::Complete];
        let end = card
            .iter()
            .try_fold(S::PendingPayment, |s, e| s.apply(*e, true));
        assert_eq!(end, Ok(S::Completed));
        let cod = [E::ConfirmCod, E::Process, E::Ship, E::Deliver];
        let end = cod
            .iter()
            .try_fold(S::PendingPayment, |s, e| s.apply(*e, false));
        assert_eq!(end, Ok(S::Delivered));
    }

    #[test]
    fn illegal_moves_are_refused_and_name_themselves() {
        assert_eq!(
            S::PendingPayment.apply(E::Ship, false),
            Err(IllegalMove {
                from: S::PendingPayment,
                event: E::Ship
            })
        );
        assert!(
            S::Shipped.apply(E::Cancel, true).is_err(),
            "no cancel after shipment"
        );
        assert!(
            S::Paid.apply(E::Pay, true).is_err(),
            "paying twice is refused"
        );
        assert!(
            S::Cancelled.apply(E::Refund, false).is_err(),
            "nothing to refund"
        );
        assert_eq!(S::Cancelled.apply(E::Refund, true), Ok(S::Refunded));
        for event in EVENTS {
            assert!(S::Refunded.apply(event, true).is_err(), "{event:?}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for s in S::ALL {
            assert_eq!(S::parse(s.code()), Some(s));
        }
        assert_eq!(S::parse("lost"), None);
    }

    proptest! {
        /// Whatever happens, in any order: an order is processed only once paid or accepted
        /// as cash on delivery, ships at most once, is never cancelled after shipping, is
        /// refunded only when money came in, and once refunded nothing moves it. A refused
        /// move names itself and changes nothing.
        #[test]
        fn any_sequence_of_events_keeps_the_rules(events in proptest::collection::vec(0usize..8, 0..40)) {
            let mut status = S::PendingPayment;
            let mut paid = false;
            let mut ships = 0;
            for i in events {
                let event = EVENTS[i];
                match status.apply(event, paid) {
                    Ok(next) => {
                        prop_assert!(!status.is_final());
                        match event {
                            E::Pay => paid = true,
                            // Cash on delivery is paid at the door.
                            E::Deliver => paid = true,
                            E::Ship => ships += 1,
                            E::Cancel => prop_assert!(!status.shipped()),
                            E::Refund => prop_assert!(paid),
                            _ => {}
                        }
                        if next == S::Processing {
                            prop_assert!(matches!(status, S::Paid | S::CodConfirmed));
                        }
                        status = next;
                    }
                    Err(refused) => prop_assert_eq!(refused, IllegalMove { from: status, event }),
                }
                prop_assert!(ships <= 1);
            }
        }
    }
}
