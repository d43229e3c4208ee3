-- The customer service center: its pages (shopping guide, service promise, returns, payment
-- methods, delivery, shipping times) and the FAQ, in Simplified Chinese and English. Bodies and
-- answers are Markdown, rendered by `content::markdown` (raw HTML is shown as text). Editors
-- change them in the back office; the default text below describes the demo shop as its code
-- and settings run it (fees from 0012, payment deadlines from 0013) and was written on
-- 2026-12-03, the `updated_at` it carries.

CREATE TABLE help_pages (
    id INTEGER PRIMARY KEY,
    -- The page's address under /help/: lower-case letters, digits and single hyphens.
    slug TEXT NOT NULL UNIQUE,
    position BIGINT NOT NULL,
    title_zh TEXT NOT NULL,
    title_en TEXT NOT NULL,
    body_zh TEXT NOT NULL,
    body_en TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    -- The staff member who last changed it; NULL for the shop's own text.
    updated_by BIGINT REFERENCES staff_accounts(id)
);

CREATE TABLE help_faqs (
    id INTEGER PRIMARY KEY,
    position BIGINT NOT NULL,
    question_zh TEXT NOT NULL,
    question_en TEXT NOT NULL,
    answer_zh TEXT NOT NULL,
    answer_en TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES staff_accounts(id)
);
CREATE INDEX help_faqs_position ON help_faqs (position, id);

INSERT INTO help_pages (slug, position, title_zh, title_en, body_zh, body_en, updated_at) VALUES ('shopping-guide', 1, '购物指南', 'Shopping guide',
'Emporium 商城出售两个系列的服装：**定制系列**（量体定制的衬衫、西服、西裤、马甲和大衣）与**成衣系列**（T恤、Polo衫、休闲衬衫、针织衫、牛仔裤、休闲裤、裙装、外套和配饰）。下面是在本店购物的步骤。

## 1. 挑选商品

- 从首页、[定制系列](/series/tailored)、[成衣系列](/series/ready-to-wear)或分类页浏览，也可以在顶部的搜索框输入商品名、品牌、颜色或材质。
- 在商品页选择颜色和尺码。定制系列的商品除标准尺码外，还可以选择“量体定制”尺码，按您本人的尺寸单独打版（需另付定制费，金额在商品页显示）。
- 暂时不买的商品，登录后可以加入收藏。

## 2. 加入购物车

购物车会实时计算商品金额、优惠、运费和应付总额。加入购物车后如果商品价格或库存有变化，购物车会明确提示您，不会悄悄改动。未登录时，购物车保存在当前浏览器中；登录后会自动合并到您的会员购物车。

## 3. 填写订单

- **不注册也可以下单**：填写收货人、手机号码和地址即可。会员可以使用地址簿（最多保存 20 个地址），并在会员中心查看全部订单。
- 可以选择希望送达的时间：不限、仅工作日、仅周末或晚间（18:00 后）。
- 需要发票时，选择个人或单位并填写抬头；单位发票还需填写 15–20 位的纳税人识别号。
- 送礼可以填写贺卡留言，其他要求请写在订单备注中。

## 4. 选择支付方式并提交

本店支持货到付款、银行转账和银行卡支付，详见[支付方式](/help/payment-methods)。提交订单的同时，商品库存即为您保留；重复点击提交按钮不会生成重复的订单。

## 5. 确认与查询

提交成功后，页面会显示订单号，我们也会向您填写的邮箱发送订单确认邮件。之后可以随时在[订单查询](/orders/lookup)页面输入订单号和下单时填写的邮箱或手机号码，查看付款、发货、承运商与运单号以及完整的订单记录；会员也可以在[我的订单](/account/orders)中查看。

有任何问题，请发邮件至 <service@emporium.example>，我们会尽快答复。',
'Emporium sells clothing in two series: **Tailored** (made-to-measure shirts, suits, trousers, waistcoats and overcoats) and **Ready-to-Wear** (tees, polos, casual shirts, knitwear, jeans, chinos, skirts and dresses, outerwear and accessories). This is how buying from us works.

## 1. Find what you like

- Browse from the home page, the [Tailored](/series/tailored) or [Ready-to-Wear](/series/ready-to-wear) series or any class page, or type a product name, brand, colour or material into the search box at the top.
- Choose a colour and a size on the product page. Besides the standard sizes, Tailored products offer a "Made to Measure" size, cut to a pattern of your own measurements (a made-to-measure charge applies; the product page shows it).
- Not buying yet? Signed in, you can keep products in your favourites.

## 2. Add to the cart

The cart works out the items, discounts, delivery and total as you go. If a price or the stock changes after you add something, the cart tells you; it never changes anything silently. Before you sign in, the cart is kept in this browser; when you sign in, it joins your member cart.

## 3. Fill in the order

- **No account needed**: give the recipient, a mobile number and the address. Members can pick from their address book (up to 20 addresses) and see all their orders in their account.
- Choose when you would like the delivery: any time, weekdays only, weekends only or evenings (after 18:00).
- For an invoice, choose personal or company and give its title; a company invoice also needs the taxpayer number (15–20 letters and digits).
- Sending a gift? Add a gift message. Anything else goes in the order note.

## 4. Choose how to pay and place the order

We take cash on delivery, bank transfer and card; see [Payment methods](/help/payment-methods). Your items are reserved the moment you place the order, and pressing the button twice never creates a second order.

## 5. Confirmation and tracking

Once the order is placed, the page shows its number and we send a confirmation to the e-mail address you gave. At any time, enter the order number and the e-mail or phone used on the [order inquiry](/orders/lookup) page to see payment, shipping, the carrier and tracking number, and the order''s full history; members also find it under [My orders](/account/orders).

Questions? Write to <service@emporium.example> and we will answer quickly.',
1796256000);

INSERT INTO help_pages (slug, position, title_zh, title_en, body_zh, body_en, updated_at) VALUES ('service-promise', 2, '服务特色与承诺', 'Our service promise',
'## 我们的特色

- **两个系列，一站购齐**：定制系列按您的尺寸量体裁衣，一人一版；成衣系列是即买即穿的日常好衣。
- **门店免费量体**：上海、广州门店提供免费量体服务。选购“量体定制”尺码后，量体师会主动与您联系预约。
- **两地仓库发货**：现货商品由上海主仓或广州仓发出。

## 我们的承诺

1. **七天无理由退货**：成衣系列和定制系列的标准尺码商品，签收后 7 天内可以无理由退货，详见[退换货政策](/help/returns)。
2. **定制免费修改**：量体定制的商品，首次试穿后可以免费修改一次；如有做工问题或成品与量体记录不符，我们免费修改或重做。
3. **运费透明**：运费在购物车和结算页提前显示；商品实付金额满 ¥299 免运费，详见[配送费用与时效](/help/delivery)。
4. **及时发货**：现货商品在付款成功后 48 小时内发出（货到付款订单从下单起计算），详见[付款后发货时间](/help/shipping-times)。
5. **付款安全**：银行卡在支付服务商的安全页面付款，本店不接触、不保存您的卡号；同一订单绝不会重复扣款。未按时付款的订单会自动取消并释放库存，不产生任何费用。
6. **变化先告知**：商品加入购物车后价格或库存有变化时，我们会提示您确认，绝不悄悄改动。
7. **保护隐私**：本店不使用任何第三方跟踪工具。会员可以随时在会员中心导出自己的数据或注销账户。

## 联系我们

客服邮箱：<service@emporium.example>。我们会在一个工作日内回复。',
'## What makes us different

- **Two series in one shop**: Tailored cuts every piece to your measurements, one pattern per person; Ready-to-Wear is everyday clothing to wear the day it arrives.
- **Free fittings in store**: our Shanghai and Guangzhou stores measure you free of charge. Order the "Made to Measure" size and a tailor will call you to book a fitting.
- **Two warehouses**: items in stock ship from our Shanghai Main Warehouse or our Guangzhou Warehouse.

## Our promise

1. **7-day returns, no reason needed**: Ready-to-Wear items and standard sizes of the Tailored series can be returned within 7 days of delivery; see [Returns and exchanges](/help/returns).
2. **Free alteration on made-to-measure**: one free alteration after your first fitting; if the workmanship is at fault or the piece does not match your measurements, we alter or remake it free of charge.
3. **Clear delivery fees**: the cart and checkout show the fee before you pay, and orders of ¥299 or more (after discounts) ship free; see [Delivery fees and times](/help/delivery).
4. **Quick dispatch**: items in stock leave within 48 hours of payment (of ordering, for cash on delivery); see [Shipping times after payment](/help/shipping-times).
5. **Safe payment**: card payments are made on the payment provider''s secure page, and your card number never reaches us; no order is ever charged twice. An order not paid in time is cancelled and its items released, at no cost to you.
6. **No silent changes**: if a price or the stock changes after you add an item to your cart, we ask you to check before you buy.
7. **Your privacy**: we use no third-party trackers. Members can export their data or close their account in their account pages at any time.

## Contact us

E-mail customer service at <service@emporium.example>. We answer within one working day.',
1796256000);

INSERT INTO help_pages (slug, position, title_zh, title_en, body_zh, body_en, updated_at) VALUES ('returns', 3, '退换货政策', 'Returns and exchanges',
'## 七天无理由退货

自签收之日起 7 天内，成衣系列商品和定制系列的**标准尺码**商品可以无理由退货。退回的商品请保持：

- 未经穿着、洗涤或改动，吊牌和包装完好；
- 如已开具发票，请随商品一并退回。

## 换货

签收后 7 天内，可以更换同一商品的其他尺码或颜色（视库存而定），寄回条件与退货相同。

## 量体定制商品

“量体定制”尺码的商品按您本人的尺寸单独制作，依照《消费者权益保护法》第二十五条，不适用七天无理由退货。但我们承诺：

- 首次试穿后，可以免费修改一次；
- 如有做工问题，或成品与量体记录不符，我们免费修改或重做。

## 如何申请

1. 在签收后 7 天内，发邮件至 <service@emporium.example>，写明订单号和要退换的商品（无理由退货不必说明原因）。
2. 客服确认后，会告诉您寄回的地址（上海主仓或广州仓）。
3. 我们收到并检查商品后，为您办理退款或寄出换货商品。

因商品质量问题或发错货产生的往返运费由本店承担；无理由退货和换货的寄回运费由您承担。

## 退款

我们在收到退货并检查无误后 3 个工作日内办理退款，原路退回：

- **银行卡**：通过支付服务商退回原卡，到账时间以发卡银行为准；
- **银行转账**：退回您付款的银行账户；
- **货到付款**：请在申请时提供用于收款的银行账户。

订单与退款状态可以在[订单查询](/orders/lookup)页面查看。

## 发货前取消订单

订单发货前，您可以在订单页面直接取消。已用银行卡付款的订单会自动原路退款；已通过银行转账付款的订单，由财务退回您的付款账户。订单发出后无法取消，收货后可以按上述政策办理退货。',
'## 7-day returns, no reason needed

Within 7 days of delivery you can return Ready-to-Wear items and **standard sizes** of the Tailored series without giving a reason. Please send them back:

- unworn, unwashed and unaltered, with their tags and packaging;
- with the invoice, if one was issued.

## Exchanges

Within 7 days of delivery you can exchange an item for another size or colour of the same product (while stock lasts), under the same conditions as a return.

## Made-to-measure pieces

A piece in the "Made to Measure" size is made for you alone, so under Article 25 of China''s Consumer Rights Protection Law the 7-day no-reason return does not apply to it. We promise instead:

- one free alteration after your first fitting;
- a free alteration or remake if the workmanship is at fault or the piece does not match your measurements.

## How to ask for a return or exchange

1. Within 7 days of delivery, write to <service@emporium.example> with the order number and the items concerned (no reason needed for a no-reason return).
2. Customer service confirms and tells you where to send the parcel (our Shanghai or Guangzhou warehouse).
3. Once the items arrive and are checked, we refund you or send the exchange.

If an item is faulty or we sent the wrong one, we pay the postage both ways; for no-reason returns and exchanges, you pay the postage back to us.

## Refunds

We refund within 3 working days of receiving and checking the return, to the way you paid:

- **Card**: back to the same card through the payment provider; when it shows depends on your bank.
- **Bank transfer**: back to the account you paid from.
- **Cash on delivery**: please give us a bank account for the refund when you ask for the return.

You can follow the order and its refund on the [order inquiry](/orders/lookup) page.

## Cancelling before shipment

Until your order ships, you can cancel it yourself on the order page. A card payment is refunded to the card automatically; a bank transfer is paid back to your account by our finance team. A shipped order can no longer be cancelled, but you can return it after delivery as described above.',
1796256000);

INSERT INTO help_pages (slug, position, title_zh, title_en, body_zh, body_en, updated_at) VALUES ('payment-methods', 4, '支付方式', 'Payment methods',
'本店支持以下三种支付方式，在结算页选择即可。

## 货到付款

快递员送货上门时付款。订单提交后即确认，不需要预先付款，按现货时效发货。

## 银行转账

提交订单后，订单页面会显示收款账户和转账说明。转账时请在附言中填写**订单号**。

- 请在下单后 **48 小时**内完成转账，逾期未到账的订单会自动取消，为您保留的库存也随之释放。
- 财务人员确认款项到账后，订单即开始备货发货。

## 银行卡

提交订单后，您会进入支付服务商的安全付款页面，本店不接触也不保存您的卡号。

- 请在下单后 **30 分钟**内完成付款，逾期未付款的订单会自动取消。
- 付款未成功时，订单会继续等待付款，您可以在订单页面重新付款。
- 同一订单不会被重复扣款。

> 演示商城使用沙箱测试网关代替真实的支付服务商：它模拟付款页面，不会产生任何扣款，也不会要求输入卡号。

## 付款状态

款项是否到账，可以随时在[订单查询](/orders/lookup)页面查看。',
'Choose one of these three ways to pay at checkout.

## Cash on delivery

Pay the courier when the parcel arrives. The order is confirmed as soon as you place it, with nothing to pay in advance, and ships like any item in stock.

## Bank transfer

After you place the order, the order page shows our bank account and the transfer instructions. Put the **order number** in the transfer reference.

- Please transfer within **48 hours** of ordering: an order whose money has not arrived by then is cancelled and its items released.
- Once our finance team sees the money arrive, we start preparing your order.

## Card

After you place the order, you pay on the payment provider''s secure page; your card number never reaches us and is never stored by us.

- Please pay within **30 minutes** of ordering: an order not paid by then is cancelled.
- If a payment does not go through, the order keeps waiting and you can try again from the order page.
- No order is ever charged twice.

> This demo shop uses a sandbox test gateway instead of a real payment provider: it simulates the payment page, no money moves, and it never asks for a card number.

## Payment status

Whether your payment has arrived is shown on the [order inquiry](/orders/lookup) page at any time.',
1796256000);

INSERT INTO help_pages (slug, position, title_zh, title_en, body_zh, body_en, updated_at) VALUES ('delivery', 5, '配送费用与时效', 'Delivery fees and times',
'## 运费

运费按收货地址所在的省份或地区计算，在购物车和结算页提前显示。

| 收货地区 | 运费 |
|:--|--:|
| 内地大部分地区 | ¥12 |
| 青海、内蒙古、宁夏、甘肃 | ¥20 |
| 新疆、西藏 | ¥30 |
| 香港、澳门、台湾 | ¥60 |

**商品实付金额（扣除优惠后）满 ¥299 免运费**，所有地区均适用。

## 配送范围与方式

我们配送至中国内地及香港、澳门、台湾，主要使用顺丰速运。商品从上海主仓或广州仓发出。

## 预计送达时间（自发货起）

| 收货地区 | 预计送达 |
|:--|--:|
| 江苏、浙江、上海、广东 | 1–2 天 |
| 其他内地地区 | 2–4 天 |
| 新疆、西藏、青海、内蒙古、宁夏、甘肃 | 4–7 天 |
| 香港、澳门 | 3–5 天 |
| 台湾 | 5–8 天 |

以上为一般情况，节假日或恶劣天气可能造成延误。下单时可以选择希望送达的时间：不限、仅工作日、仅周末或晚间（18:00 后），快递员会尽量按您的选择派送。

## 签收

收货时请当面检查包裹，外包装如有破损请拒收并联系客服。货到付款的订单请在签收时向快递员付款。',
'## Delivery fees

The fee depends on the province or region of the delivery address, and the cart and checkout show it before you pay.

| Delivering to | Fee |
|:--|--:|
| Most of mainland China | ¥12 |
| Qinghai, Inner Mongolia, Ningxia, Gansu | ¥20 |
| Xinjiang, Tibet | ¥30 |
| Hong Kong, Macau, Taiwan | ¥60 |

**Orders of ¥299 or more (after discounts) ship free**, to every region.

## Where and how we deliver

We deliver across mainland China and to Hong Kong, Macau and Taiwan, mostly with SF Express. Parcels leave from our Shanghai or Guangzhou warehouse.

## Expected delivery times (from dispatch)

| Delivering to | Expected |
|:--|--:|
| Jiangsu, Zhejiang, Shanghai, Guangdong | 1–2 days |
| Rest of mainland China | 2–4 days |
| Xinjiang, Tibet, Qinghai, Inner Mongolia, Ningxia, Gansu | 4–7 days |
| Hong Kong, Macau | 3–5 days |
| Taiwan | 5–8 days |

These are usual times; public holidays and bad weather can add delays. At checkout you can ask for delivery at any time, on weekdays only, at weekends only or in the evening (after 18:00), and the courier will follow your choice where possible.

## Receiving your parcel

Please check the parcel in front of the courier, and refuse it if the packaging is damaged, then tell customer service. For cash on delivery, pay the courier when you sign for the parcel.',
1796256000);

INSERT INTO help_pages (slug, position, title_zh, title_en, body_zh, body_en, updated_at) VALUES ('shipping-times', 6, '付款后发货时间', 'Shipping times after payment',
'发货时间的起点：

- 银行卡付款的订单，从**付款成功**起计算；
- 货到付款的订单，从**提交订单**起计算；
- 银行转账的订单，从**财务确认到账**起计算（通常在款项到账后 1 个工作日内确认）。

## 现货商品

成衣系列和定制系列的标准尺码商品都是现货：

- 在上述起点后 **48 小时**内发货；
- 每天 16:00 前付款（或下单）的订单，通常当天发出；
- 节假日期间仓库照常发货。

## 量体定制商品

1. 量体师会在 1 个工作日内与您联系，预约到上海或广州门店量体；不方便到店的，量体师会指导您自行测量。
2. 量体完成后 **15 个工作日**内制作完成并发货。
3. 同一订单中既有现货又有定制商品时，整单在定制商品完成后一起发出。

## 查看发货信息

发货后，可以在[订单查询](/orders/lookup)页面或[我的订单](/account/orders)中看到发货时间、承运商和运单号。',
'When the clock starts:

- card payments: when the **payment succeeds**;
- cash on delivery: when you **place the order**;
- bank transfers: when our **finance team confirms the money** (usually within one working day of it arriving).

## Items in stock

Ready-to-Wear items and standard sizes of the Tailored series are in stock:

- they ship within **48 hours** of the start above;
- orders paid (or placed) before 16:00 usually leave the same day;
- our warehouses keep shipping over public holidays.

## Made-to-measure pieces

1. A tailor calls you within one working day to book a fitting at our Shanghai or Guangzhou store; if you cannot come in, the tailor guides you through measuring yourself.
2. Your piece is made and shipped within **15 working days** of the fitting.
3. An order with both items in stock and made-to-measure pieces ships in one parcel, once the made-to-measure pieces are ready.

## Following your shipment

Once your order ships, the [order inquiry](/orders/lookup) page and [My orders](/account/orders) show the shipping date, the carrier and the tracking number.',
1796256000);


INSERT INTO help_faqs (position, question_zh, question_en, answer_zh, answer_en, updated_at) VALUES (1,
'不注册会员可以购物吗？', 'Can I shop without an account?',
'可以。结算时填写收货信息和邮箱就能下单，之后凭订单号和下单时填写的邮箱或手机号码，在[订单查询](/orders/lookup)页面查看订单。注册会员后，还可以使用地址簿、收藏和浏览记录，并在会员中心查看全部订单。',
'Yes. Give the delivery details and your e-mail at checkout and place the order; afterwards, look it up on the [order inquiry](/orders/lookup) page with the order number and the e-mail or phone you used. With an account you also get an address book, favourites and browsing history, and all your orders in one place.',
1796256000);

INSERT INTO help_faqs (position, question_zh, question_en, answer_zh, answer_en, updated_at) VALUES (2,
'怎样查询订单的状态？', 'How do I check on my order?',
'在[订单查询](/orders/lookup)页面输入订单号，以及下单时填写的邮箱或手机号码，就能看到下单时间、是否已付款、是否已发货、发货日期、承运商和运单号，以及完整的订单记录。会员登录后也可以在[我的订单](/account/orders)中查看。',
'Enter the order number and the e-mail or phone used for the order on the [order inquiry](/orders/lookup) page. It shows when you ordered, whether the payment has arrived, whether and when the order shipped, the carrier and tracking number, and the order''s full history. Members can also see it under [My orders](/account/orders).',
1796256000);

INSERT INTO help_faqs (position, question_zh, question_en, answer_zh, answer_en, updated_at) VALUES (3,
'下单后还可以取消订单吗？', 'Can I cancel my order?',
'订单发货前，可以在订单页面直接取消。银行卡付款会自动原路退回；银行转账的款项由财务退回您的付款账户。已发货的订单无法取消，收货后可以按[退换货政策](/help/returns)办理退货。',
'Yes, until it ships: cancel it on the order page. A card payment goes back to the card automatically; a bank transfer is paid back to your account by our finance team. Once shipped, an order can no longer be cancelled, but you can return it after delivery under our [returns policy](/help/returns).',
1796256000);

INSERT INTO help_faqs (position, question_zh, question_en, answer_zh, answer_en, updated_at) VALUES (4,
'为什么我的订单被自动取消了？', 'Why was my order cancelled automatically?',
'银行卡付款的订单需要在下单后 30 分钟内完成付款，银行转账的订单需要在 48 小时内到账。逾期未付款的订单会自动取消，为您保留的库存也会释放，不会产生任何费用。如仍需要，请重新下单。',
'A card order must be paid within 30 minutes of ordering, and a bank transfer must arrive within 48 hours. An order not paid in time is cancelled and the items kept for it are released, at no cost to you. If you still want the items, please place a new order.',
1796256000);

INSERT INTO help_faqs (position, question_zh, question_en, answer_zh, answer_en, updated_at) VALUES (5,
'运费是多少？', 'How much is delivery?',
'内地大部分地区 ¥12；青海、内蒙古、宁夏、甘肃 ¥20；新疆、西藏 ¥30；香港、澳门、台湾 ¥60。商品实付金额满 ¥299 免运费，所有地区均适用。详见[配送费用与时效](/help/delivery)。',
'¥12 to most of mainland China; ¥20 to Qinghai, Inner Mongolia, Ningxia and Gansu; ¥30 to Xinjiang and Tibet; ¥60 to Hong Kong, Macau and Taiwan. Orders of ¥299 or more after discounts ship free to every region. See [Delivery fees and times](/help/delivery).',
1796256000);

INSERT INTO help_faqs (position, question_zh, question_en, answer_zh, answer_en, updated_at) VALUES (6,
'付款后多久发货？', 'When will my order ship?',
'现货商品在付款成功后 48 小时内发货（货到付款订单从下单起计算），每天 16:00 前付款的订单通常当天发出。量体定制的商品在量体后 15 个工作日内完成制作并发货。详见[付款后发货时间](/help/shipping-times)。',
'Items in stock ship within 48 hours of payment (of ordering, for cash on delivery), and orders paid before 16:00 usually leave the same day. Made-to-measure pieces are made and shipped within 15 working days of the fitting. See [Shipping times after payment](/help/shipping-times).',
1796256000);

INSERT INTO help_faqs (position, question_zh, question_en, answer_zh, answer_en, updated_at) VALUES (7,
'支持哪些支付方式？', 'How can I pay?',
'货到付款、银行转账和银行卡。银行卡在支付服务商的安全页面付款，本店不接触您的卡号；银行转账请在附言中填写订单号，财务确认到账后发货。详见[支付方式](/help/payment-methods)。',
'Cash on delivery, bank transfer or card. Card payments are made on the payment provider''s secure page, so your card number never reaches us; for a bank transfer, put the order number in the reference, and we ship once finance sees the money. See [Payment methods](/help/payment-methods).',
1796256000);

INSERT INTO help_faqs (position, question_zh, question_en, answer_zh, answer_en, updated_at) VALUES (8,
'量体定制是怎样进行的？', 'How does made-to-measure work?',
'在定制系列的商品页选择“量体定制”尺码下单。量体师会在 1 个工作日内与您联系，预约到上海或广州门店免费量体；不方便到店的，可以在量体师的指导下自行测量。首次试穿后可以免费修改一次。',
'Choose the "Made to Measure" size on a Tailored product and place the order. A tailor calls you within one working day to book a free fitting at our Shanghai or Guangzhou store; if you cannot come in, the tailor guides you through measuring yourself. One alteration after the first fitting is free.',
1796256000);

INSERT INTO help_faqs (position, question_zh, question_en, answer_zh, answer_en, updated_at) VALUES (9,
'定制商品可以退货吗？', 'Can I return a made-to-measure piece?',
'量体定制的商品按您本人的尺寸单独制作，不适用七天无理由退货；如有做工问题或成品与量体记录不符，我们免费修改或重做。定制系列的标准尺码商品，和成衣一样可以在签收后 7 天内无理由退货。',
'A made-to-measure piece is made for you alone, so the 7-day no-reason return does not apply; if the workmanship is at fault or it does not match your measurements, we alter or remake it free of charge. Standard sizes of the Tailored series can be returned within 7 days of delivery, like Ready-to-Wear.',
1796256000);

INSERT INTO help_faqs (position, question_zh, question_en, answer_zh, answer_en, updated_at) VALUES (10,
'怎样选择尺码？', 'How do I choose my size?',
'衬衫按领围（38–43）选择，西服和大衣按欧码（46–54），西裤按腰围（28–36）；成衣多为 S–XXL，女装为 XS–XL。定制系列的标准尺码可以在门店免费修改袖长和裤长；想要完全合身，请选择“量体定制”尺码。',
'Shirts go by collar size (38–43), suits and overcoats by European size (46–54) and trousers by waist (28–36); Ready-to-Wear mostly runs S–XXL, and women''s styles XS–XL. Our stores shorten the sleeves and hems of standard Tailored sizes free of charge; for a perfect fit, choose the "Made to Measure" size.',
1796256000);

INSERT INTO help_faqs (position, question_zh, question_en, answer_zh, answer_en, updated_at) VALUES (11,
'可以开发票吗？', 'Can I get an invoice?',
'可以。结算时选择个人或单位发票并填写发票抬头；单位发票还需要填写 15–20 位的纳税人识别号。',
'Yes. At checkout, choose a personal or company invoice and give its title; a company invoice also needs the taxpayer number (15–20 letters and digits).',
1796256000);

INSERT INTO help_faqs (position, question_zh, question_en, answer_zh, answer_en, updated_at) VALUES (12,
'可以寄到香港、澳门或台湾吗？', 'Do you deliver to Hong Kong, Macau and Taiwan?',
'可以。运费 ¥60，商品实付金额满 ¥299 免运费；发货后香港、澳门一般 3–5 天送达，台湾 5–8 天。填写地址时请使用当地格式的电话号码。',
'Yes. Delivery costs ¥60, and orders of ¥299 or more after discounts ship free; parcels usually reach Hong Kong and Macau 3–5 days after dispatch, and Taiwan 5–8 days. Please give a local phone number with the address.',
1796256000);
