//! Every admin endpoint, a request for it, and the roles that may call it. Written out here,
//! apart from the code's permission table, so that a wrong permission in either shows.

use super::PASSWORD;

/// An endpoint, the form posted to it, and the roles that may call it.
pub type Entry = (
    &'static str,
    &'static [(&'static str, &'static str)],
    &'static [&'static str],
);

pub const MATRIX: &[Entry] = &[
    ("/api/admin/dashboard", &[], &ALL_ROLES),
    (
        "/api/admin/members",
        &[("query", ""), ("page", "1")],
        &["administrator", "operations", "customer_service"],
    ),
    (
        "/api/admin/outbox",
        &[],
        &["administrator", "customer_service", "marketing"],
    ),
    (
        "/api/admin/inbox",
        &[("status", "new")],
        &["administrator", "customer_service"],
    ),
    (
        "/api/admin/inbox/mark",
        &[("id", "987654"), ("answered", "true")],
        &["administrator", "customer_service"],
    ),
    (
        "/api/admin/guestbook",
        &[("status", "pending")],
        &["administrator", "customer_service"],
    ),
    (
        "/api/admin/guestbook/decide",
        &[("id", "987654"), ("decision", "approve")],
        &["administrator", "customer_service"],
    ),
    (
        "/api/admin/guestbook/reply",
        &[("id", "987654"), ("body", "Thank you")],
        &["administrator", "customer_service"],
    ),
    (
        "/api/admin/guestbook/edit-reply",
        &[("id", "987654"), ("body", "Thank you")],
        &["administrator", "customer_service"],
    ),
    (
        "/api/admin/guestbook/mode",
        &[("mode", "pre")],
        &["administrator", "customer_service"],
    ),
    (
        "/api/admin/reviews",
        &[("status", "new")],
        &["administrator", "customer_service"],
    ),
    (
        "/api/admin/reviews/moderate",
        &[("id", "987654"), ("approve", "false")],
        &["administrator", "customer_service"],
    ),
    (
        "/api/admin/reviews/reply",
        &[("id", "987654"), ("reply", "Thank you")],
        &["administrator", "customer_service"],
    ),
    ("/api/admin/staff", &[], &["administrator"]),
    (
        "/api/admin/staff/add",
        &[
            ("email", "new-hire@shop.example"),
            ("name", "New"),
            ("password", PASSWORD),
            ("roles[]", "editor"),
        ],
        &["administrator"],
    ),
    (
        "/api/admin/staff/change",
        &[("id", "987654"), ("change", "reactivate")],
        &["administrator"],
    ),
    ("/api/admin/audit", &[("page", "1")], &["administrator"]),
    (
        "/api/admin/orders",
        &[("status", ""), ("number", "")],
        &[
            "administrator",
            "operations",
            "customer_service",
            "warehouse",
            "finance",
        ],
    ),
    (
        "/api/admin/orders/move",
        &[("number", "261203000000000000"), ("action", "process")],
        &["administrator", "operations", "warehouse"],
    ),
    // The help center's editor. The writes name nothing that exists or send an empty text,
    // so a role that may call them is answered 404 or 400 and changes nothing.
    ("/api/admin/help", &[], &EDITORS),
    ("/api/admin/help/page", &[("slug", "returns")], &EDITORS),
    (
        "/api/admin/help/page/save",
        &[
            ("slug", "no-such-page"),
            ("title_zh", "标题"),
            ("title_en", "Title"),
            ("body_zh", "正文"),
            ("body_en", "Text"),
        ],
        &EDITORS,
    ),
    ("/api/admin/help/faq", &[("id", "987654")], &EDITORS),
    (
        "/api/admin/help/faq/add",
        &[
            ("question_zh", ""),
            ("question_en", "Question?"),
            ("answer_zh", "回答"),
            ("answer_en", "Answer"),
        ],
        &EDITORS,
    ),
    (
        "/api/admin/help/faq/save",
        &[
            ("id", "987654"),
            ("question_zh", "问题？"),
            ("question_en", "Question?"),
            ("answer_zh", "回答"),
            ("answer_en", "Answer"),
        ],
        &EDITORS,
    ),
    ("/api/admin/help/faq/delete", &[("id", "987654")], &EDITORS),
    (
        "/api/admin/help/faq/move",
        &[("id", "987654"), ("direction", "up")],
        &EDITORS,
    ),
    (
        "/api/admin/help/preview",
        &[("markdown", "**bold** <script>alert(1)</script>")],
        &EDITORS,
    ),
];

/// Who may edit the shop's content (the help center).
pub const EDITORS: [&str; 2] = ["administrator", "editor"];

/// Admin endpoints anyone may call: signing in and out, applying, and asking who is signed in.
pub const OPEN: &[&str] = &[
    "/api/admin/login",
    "/api/admin/logout",
    "/api/admin/apply",
    "/api/admin/me",
];

pub const ALL_ROLES: [&str; 8] = [
    "administrator",
    "operations",
    "editor",
    "customer_service",
    "warehouse",
    "purchasing",
    "finance",
    "marketing",
];
