//! Checkout's and orders' message catalogue: one line per UI string, Simplified Chinese then
//! English, and the messages for checkout's fields and refusals.

use super::{Locale, Translate};

messages! {
    enum OrderMsg;
    CheckoutTitle => "结算", "Checkout";
    GoToCheckout => "去结算", "Go to checkout";
    Contact => "联系方式", "Contact";
    ContactEmailHint => "订单确认邮件将发送到这里；凭它和订单号可查询订单。", "We send the order confirmation here; with it and the order number you can look the order up.";
    DeliverTo => "收货地址", "Deliver to";
    NewAddress => "使用新地址", "A new address";
    DeliveryTime => "希望送达时间", "Preferred delivery time";
    TimeAny => "不限", "Any time";
    TimeWeekdays => "仅工作日", "Weekdays only";
    TimeWeekends => "仅周末", "Weekends only";
    TimeEvenings => "晚间（18:00 后）", "Evenings (after 18:00)";
    Invoice => "发票", "Invoice";
    InvoiceNone => "不需要发票", "No invoice";
    InvoicePersonal => "个人", "Personal";
    InvoiceCompany => "单位", "Company";
    InvoiceTitle => "发票抬头", "Invoice title";
    TaxNumber => "纳税人识别号", "Taxpayer number";
    TaxNumberHint => "单位发票必填，15–20 位字母或数字", "For a company invoice: 15–20 letters and digits";
    GiftMessage => "贺卡留言", "Gift message";
    OrderNote => "订单备注", "Order note";
    PaymentMethod => "支付方式", "Payment method";
    Cod => "货到付款", "Cash on delivery";
    CodHint => "收货时向快递员付款。", "Pay the courier when the parcel arrives.";
    BankTransfer => "银行转账", "Bank transfer";
    BankTransferHint => "下单后按说明转账，财务确认到账后发货。", "Transfer as instructed after ordering; we ship once finance sees the money.";
    Card => "银行卡", "Card";
    CardHint => "在 Stripe 的安全支付页面付款，本店不会接触您的卡号。", "You pay on Stripe's secure payment page; your card number never reaches this shop.";
    CardSandbox => "银行卡（沙箱测试网关）", "Card (sandbox test gateway)";
    CardSandboxHint => "测试替身：沙箱网关模拟支付页面，不会扣款，也不需要卡号。", "A test double: the sandbox gateway simulates the payment page; no money moves and no card number is asked for.";
    GatewayUnavailable => "支付服务暂时没有响应，请稍后再付款。", "The card payment service did not answer; please try paying again in a moment.";
    PriceBreakdown => "费用明细", "Price breakdown";
    PlaceOrder => "提交订单", "Place order";
    Optional => "选填", "Optional";
    CartChanged => "购物车中的价格或库存有变化，请回到购物车确认。", "A price or the stock in your cart changed; please check your cart.";
    SoldOut => "抱歉，有商品刚刚售罄，请回到购物车调整。", "Sorry, an item just sold out; please adjust your cart.";
    KeyReused => "这份结算表单已经提交过不同的内容，请刷新页面后重新提交。", "This checkout form was already sent with other content; reload the page and try again.";
    CartEmpty => "购物车是空的，无法结算。", "Your cart is empty.";
    BackToCart => "返回购物车", "Back to the cart";
    OrderTitle => "订单", "Order";
    ThankYou => "感谢您的订购！", "Thank you for your order!";
    OrderNumber => "订单号", "Order number";
    OrderDate => "下单时间", "Ordered";
    Status => "状态", "Status";
    Payment => "付款", "Payment";
    PaymentReceived => "已付款", "Received";
    PaymentNotReceived => "未付款", "Not received";
    PayOnDelivery => "货到付款", "Paid on delivery";
    Shipping => "发货", "Shipping";
    Shipped => "已发货", "Shipped";
    NotShipped => "未发货", "Not shipped yet";
    Carrier => "承运商", "Carrier";
    Tracking => "运单号", "Tracking number";
    History => "订单记录", "Status history";
    ItemsHeading => "商品", "Items";
    Quantity => "数量", "Quantity";
    Subtotal => "小计", "Subtotal";
    PayNow => "去付款", "Pay now";
    PayBy => "请在此时间前付款，逾期订单将自动取消：", "Please pay by this time, or the order is cancelled:";
    BankInstructions => "转账说明", "Transfer instructions";
    Declined => "付款未成功，订单仍在等待付款，您可以重新付款。", "The payment did not go through; the order still waits for payment and you can try again.";
    CancelOrder => "取消订单", "Cancel the order";
    Cancelled => "订单已取消。", "The order is cancelled.";
    ReturnPolicy => "签收后 7 天内可无理由退货。", "Returns within 7 days of delivery, no reason needed.";
    Print => "打印订单", "Print the order";
    MyOrders => "我的订单", "My orders";
    NoOrders => "还没有订单。", "No orders yet.";
    LookupTitle => "订单查询", "Order inquiry";
    LookupIntro => "输入订单号和下单时使用的邮箱或电话。", "Enter the order number and the e-mail or phone used for the order.";
    ContactLabel => "邮箱或电话", "E-mail or phone";
    LookUp => "查询", "Look up";
    NoSuchOrder => "没有找到与该订单号和联系方式相符的订单。", "No order matches that number and contact.";
    MoveNotAllowed => "订单状态已变化，无法进行此操作。", "The order has moved on; that is no longer possible.";
    Actor => "操作方", "By";
    ActorShopper => "顾客", "Customer";
    ActorStaff => "商城员工", "Shop staff";
    ActorGateway => "支付网关", "Payment gateway";
    ActorSystem => "系统", "System";
    StPendingPayment => "待付款", "Awaiting payment";
    StPaid => "已付款", "Paid";
    StCodConfirmed => "货到付款已确认", "Cash on delivery confirmed";
    StProcessing => "备货中", "Being prepared";
    StShipped => "已发货", "Shipped";
    StDelivered => "已签收", "Delivered";
    StCompleted => "已完成", "Completed";
    StCancelled => "已取消", "Cancelled";
    StRefunded => "已退款", "Refunded";
    Timeout => "（超时未付款）", "(not paid in time)";
    SandboxTitle => "沙箱支付网关 · 测试替身", "Sandbox payment gateway · test double";
    SandboxWarning => "这是 Emporium 内置的沙箱网关，用于开发和测试：它模拟支付服务商的收银台，不会扣款。请勿输入真实卡号（本页也不会要求）。", "This is Emporium's built-in sandbox gateway for development and tests: it simulates a payment provider's hosted page, and no money moves. Never enter a real card (this page asks for none).";
    Amount => "金额", "Amount";
    Approve => "批准付款", "Approve payment";
    Decline => "拒绝付款", "Decline payment";
    IntentClosed => "这笔付款已经处理过。", "This payment was already handled.";
}

/// The label of a status code (`pending_payment` …).
pub fn status_label(code: &str, locale: Locale) -> &'static str {
    use OrderMsg::*;
    let msg = match code {
        "pending_payment" => StPendingPayment,
        "paid" => StPaid,
        "cod_confirmed" => StCodConfirmed,
        "processing" => StProcessing,
        "shipped" => StShipped,
        "delivered" => StDelivered,
        "completed" => StCompleted,
        "cancelled" => StCancelled,
        _ => StRefunded,
    };
    msg.text(locale)
}

/// Who moved an order, as the history shows it.
pub fn actor_label(actor: &str, locale: Locale) -> &'static str {
    use OrderMsg::*;
    let msg = match actor {
        "shopper" => ActorShopper,
        "gateway" => ActorGateway,
        "system" => ActorSystem,
        _ => ActorStaff,
    };
    msg.text(locale)
}

/// The message for one of checkout's own fields.
pub fn checkout_field_message(field: &str, rule: &str, locale: Locale) -> Option<String> {
    let text = match (field, rule, locale) {
        ("invoice_tax_number", "required", Locale::ZhCn) => "单位发票须填写纳税人识别号",
        ("invoice_tax_number", "required", Locale::En) => {
            "A company invoice needs the taxpayer number"
        }
        ("invoice_tax_number", _, Locale::ZhCn) => "纳税人识别号应为 15–20 位字母或数字",
        ("invoice_tax_number", _, Locale::En) => "A taxpayer number has 15–20 letters and digits",
        ("invoice_title" | "gift_message" | "note", "required", Locale::ZhCn) => "请填写此项",
        ("invoice_title" | "gift_message" | "note", "required", Locale::En) => {
            "Please fill this in"
        }
        ("invoice_title" | "gift_message" | "note", "too_long", Locale::ZhCn) => "内容太长",
        ("invoice_title" | "gift_message" | "note", "too_long", Locale::En) => "That is too long",
        ("invoice_title" | "gift_message" | "note", _, Locale::ZhCn) => "含有不能使用的字符",
        ("invoice_title" | "gift_message" | "note", _, Locale::En) => {
            "This has characters that cannot be used"
        }
        ("payment_method", _, Locale::ZhCn) => "请选择可用的支付方式",
        ("payment_method", _, Locale::En) => "Choose one of the payment methods offered",
        ("delivery_time" | "invoice_kind" | "address_id", _, Locale::ZhCn) => "请从列表中选择",
        ("delivery_time" | "invoice_kind" | "address_id", _, Locale::En) => {
            "Choose one from the list"
        }
        _ => return None,
    };
    Some(text.to_string())
}

/// What checkout says when the order cannot be placed as things stand.
pub fn checkout_refusal(reason: &str, locale: Locale) -> &'static str {
    match reason {
        "sold_out" => OrderMsg::SoldOut,
        "key_reused" => OrderMsg::KeyReused,
        "illegal_move" | "order_changed" | "not_payable" => OrderMsg::MoveNotAllowed,
        "intent_closed" => OrderMsg::IntentClosed,
        "gateway_unavailable" => OrderMsg::GatewayUnavailable,
        _ => OrderMsg::CartChanged,
    }
    .text(locale)
}

/// The card method's name: the sandbox test double says what it is.
pub fn card_label(sandbox: bool) -> OrderMsg {
    if sandbox {
        OrderMsg::CardSandbox
    } else {
        OrderMsg::Card
    }
}
