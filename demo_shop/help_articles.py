"""The demo shop's help centre: the articles `seed_demo` loads into the knowledge base.

They are written against the same facts as the seeded data (return windows and restocking fees per
category in `demo_shop.demo_data.RETURN_POLICIES`, carriers, order states, the anonymous order
look-up rule of `demo_shop.access`), so an answer from an article and an answer from a tool agree.
A test checks the numbers that appear in both.
"""

from __future__ import annotations

from dataclasses import dataclass

CATEGORIES = ("shipping", "returns", "payments", "warranty", "account", "privacy")


@dataclass(frozen=True)
class HelpArticle:
    slug: str
    title: str
    category: str
    body: str


HELP_ARTICLES: tuple[HelpArticle, ...] = (
    # --- shipping -------------------------------------------------------------------------------
    HelpArticle(
        slug="shipping-times-and-costs",
        title="Shipping times and costs",
        category="shipping",
        body="""\
Orders paid before 2 pm Eastern Time on a business day leave our warehouse the same day; orders paid \
later, or at the weekend, leave on the next business day.

Within the United States, standard shipping takes 3-5 business days and costs $4.95, and it is free on \
orders of $50 or more. Express shipping within the United States takes 1-2 business days and costs \
$12.95. Express shipping is not available to post office boxes.

To Canada, standard shipping takes 5-8 business days and costs $9.95, free on orders of $100 or more. \
To the United Kingdom and the European Union, shipping takes 6-10 business days and costs $14.95, free \
on orders of $150 or more.

Delivery times start when the parcel leaves the warehouse, not when you place the order. The expected \
delivery date shown on your order is the carrier's estimate, and most parcels arrive on that day or \
earlier. We ship with UPS, FedEx and DHL. The carrier is chosen by your address and the size of the \
parcel, so it cannot be picked at checkout.""",
    ),
    HelpArticle(
        slug="track-your-order",
        title="How to track your order",
        category="shipping",
        body="""\
As soon as your order leaves our warehouse its status changes to "shipped" and we send you an e-mail \
with the carrier's name, the tracking code and a tracking link. You can also ask our chat assistant \
"where is my order" with your order number: it shows the carrier, the tracking code and the expected \
delivery date.

The first scan can take up to 24 hours to appear on the carrier's website, so a tracking code that \
shows "label created" or "not found" on the day it was sent is normal.

Tracking codes look different for each carrier: UPS codes start with 1Z, DHL codes often start with \
JD, and FedEx codes are 12 to 15 digits long.

If the tracking has not moved for 3 business days, or the parcel is 3 business days past its expected \
delivery date, contact us and we will open a trace with the carrier (see "My parcel is late or lost").""",
    ),
    HelpArticle(
        slug="parcel-late-or-lost",
        title="My parcel is late or lost",
        category="shipping",
        body="""\
Carriers sometimes need a little longer than their estimate, especially around public holidays and in \
bad weather. If your parcel has not arrived 3 business days after its expected delivery date, please \
contact us with your order number.

We then open a trace with the carrier. A trace takes up to 5 business days. If the carrier finds the \
parcel, it is delivered to you as usual. If the carrier confirms that the parcel is lost, you choose \
between a free replacement, sent by express shipping at no cost, or a full refund to your original \
payment method.

You never have to wait for the carrier to pay us before we replace or refund a lost parcel. \
Replacements depend on stock: if the item is sold out, we refund it in full.""",
    ),
    HelpArticle(
        slug="parcel-delivered-not-received",
        title="Tracking says delivered but I don't have my parcel",
        category="shipping",
        body="""\
If the tracking says your parcel was delivered but you cannot find it, first check around your door, \
mailbox, porch, garage and any safe place you have given the carrier. Ask your neighbours and your \
building's reception or concierge, and look for a delivery notice: the carrier may have left the \
parcel at a pick-up point.

Please wait until the end of the next business day, because carriers sometimes scan a parcel as \
delivered shortly before it actually arrives.

If it still has not turned up, contact us within 14 days of the delivery scan with your order number. \
We open an investigation with the carrier, which takes up to 5 business days, and then send a \
replacement or refund the order in full. For orders over $500 the carrier may ask you to sign a short \
statement that the parcel was not received.""",
    ),
    HelpArticle(
        slug="damaged-parcel",
        title="My order arrived damaged",
        category="shipping",
        body="""\
We are sorry! Please report a damaged delivery within 48 hours of receiving it, with your order number \
and photos of the outer box, the packaging inside and the damaged item. The photos help us claim from \
the carrier; you do not need to wait for that claim.

We then send you a prepaid return label for the damaged item and, as you prefer, a replacement by \
express shipping or a full refund to your original payment method, including the shipping you paid. A \
damaged-on-arrival return is never charged a restocking fee.

If the outer box is visibly crushed or wet when the carrier hands it to you, you may also refuse the \
delivery: the parcel comes back to us and we contact you as soon as it arrives.""",
    ),
    HelpArticle(
        slug="change-delivery-address-after-ordering",
        title="Changing the delivery address of an order",
        category="shipping",
        body="""\
We can change the delivery address of an order while its status is "placed" or "paid", that is, before \
it leaves our warehouse. Ask our chat assistant or our support team as soon as possible with the order \
number and the full new address.

Once the order is "shipped", the address can no longer be changed by us. Most carriers let you \
redirect a parcel to another address or to a pick-up point from their tracking page; a redirect may \
add a day to the delivery.

Changing the address saved in your account (see "Changing your e-mail or delivery address") does not \
change orders that have already been placed, only the orders you place afterwards.

For security, we cannot change the delivery country of an order after it has been paid: cancel the \
order instead and place a new one.""",
    ),
    HelpArticle(
        slug="cancel-an-order",
        title="Cancelling an order",
        category="shipping",
        body="""\
You can cancel an order free of charge while its status is "placed" or "paid", before it leaves our \
warehouse. Because orders paid before 2 pm Eastern Time usually ship the same day, please ask as soon \
as you can.

If the order was only "placed", nothing has been charged yet: the authorisation hold on your card is \
released by your bank within 3-7 business days. If it was "paid", we refund the full amount, shipping \
included, to your original payment method straight away.

Once an order is "shipped" it can no longer be cancelled. You can refuse the delivery, or wait for it \
to arrive and open a return within the return window of its category. Either way you receive a refund \
once the parcel is back with us.""",
    ),
    HelpArticle(
        slug="order-statuses-explained",
        title="What your order status means",
        category="shipping",
        body="""\
"Placed" means we have your order and are waiting for the payment to be confirmed; your card is \
authorised but not charged yet.

"Paid" means the payment is confirmed and the order is being prepared in our warehouse. A paid order \
can still be cancelled or its address changed.

"Shipped" means the parcel is with the carrier. You have received the tracking code by e-mail, and the \
order shows its expected delivery date.

"Delivered" means the carrier has delivered the parcel. The return window of the item starts on this \
date.

"Returned" means the item has come back to our warehouse and is being inspected; the refund follows \
within 2 business days.

"Refunded" means the money has been sent back to your original payment method.

"Cancelled" means the order was cancelled before it shipped. Nothing is owed and any charge is \
refunded.

If a status has not changed for longer than you expect, ask our chat assistant with your order number.""",
    ),
    HelpArticle(
        slug="international-shipping-customs",
        title="International shipping, customs and duties",
        category="shipping",
        body="""\
We ship to the United States, Canada, the United Kingdom and every country of the European Union. We \
do not ship to other countries, to freight forwarders or to military addresses (APO/FPO) at the \
moment.

For the United Kingdom and the European Union, the price you pay at checkout includes import VAT and \
duties: we pay them for you and there is nothing to pay on delivery.

For Canada, duties and sales taxes are not included. The carrier collects them on delivery, usually \
with a small brokerage fee. If you refuse to pay them, the parcel comes back to us and we refund the \
order minus the return shipping the carrier charges us.

International parcels are sent with DHL and can be tracked from the link in your shipping e-mail. \
Customs checks can add a few days to the delivery times in "Shipping times and costs".""",
    ),
    # --- returns --------------------------------------------------------------------------------
    HelpArticle(
        slug="return-policy-overview",
        title="Our return policy",
        category="returns",
        body="""\
Most items can be returned for a full refund, and the return label is always free. The return window \
starts on the day your order is delivered and depends on the product category.

Headphones & earbuds can be returned within 30 days; in-ear earbuds need their hygiene seal intact. \
Phones & tablets can be returned within 14 days. Laptops & computers can be returned within 14 days, \
and a 15% restocking fee applies to opened ones returned because you changed your mind. Smart watches \
& fitness trackers can be returned within 30 days. Gaming gear can be returned within 30 days. Smart \
home & speakers can be returned within 30 days. Chargers, cables, cases & stands can be returned \
within 60 days. Gift cards cannot be returned.

Items should come back in their original packaging with every accessory, manual and cable. Faulty, \
damaged or wrong items can always be returned within the window without any fee, and after the window \
they are covered by the warranty.

You can open a return only once the order is delivered. Ask our chat assistant "can I return order \
<number>?" to see the exact deadline for an order.""",
    ),
    HelpArticle(
        slug="how-to-return-an-item",
        title="How to return an item",
        category="returns",
        body="""\
To return an item, open a return: ask our chat assistant with your order number and the reason \
(changed your mind, faulty, damaged, wrong item, or not as described), or use Returns in your account.

You receive a return number (RMA-...) straight away, and an e-mail with a free prepaid return label \
for the carrier that delivered your order.

Pack the item in its original packaging with all accessories, cables and manuals. Remove any personal \
data and sign out of your accounts on phones, tablets, computers and watches.

Drop the parcel at any point of that carrier within 14 days of opening the return, and keep the \
receipt the carrier gives you.

When the parcel arrives we inspect it and refund you within 2 business days. You get an e-mail at each \
step. A return number is valid for one order; if you want to return two orders, open two returns.""",
    ),
    HelpArticle(
        slug="refund-timing",
        title="When will I get my refund?",
        category="returns",
        body="""\
We issue the refund within 2 business days of your return arriving at our warehouse, after a quick \
inspection. You receive an e-mail with the amount as soon as it is issued.

How long it then takes to reach you depends on how you paid. A refund to a credit or debit card (Visa, \
Mastercard, American Express, Discover) takes 5-10 business days to appear, depending on your bank. A \
refund to PayPal takes 1-2 business days. Apple Pay and Google Pay refunds take as long as the card \
behind them, 5-10 business days. A refund to a gift card is immediate.

Refunds always go to the original payment method; we cannot send them to another card or account.

If you shipped a return more than 10 business days ago and have no refund e-mail yet, contact us with \
your return number: we check the parcel's tracking and chase it for you.""",
    ),
    HelpArticle(
        slug="returning-headphones-and-earbuds",
        title="Returning headphones and earbuds",
        category="returns",
        body="""\
Headphones and earbuds can be returned within 30 days of delivery.

Over-ear and on-ear headphones can be returned for any reason, including a change of mind, as long as \
they come back with their case, cables and ear cushions in good condition.

In-ear earbuds are worn inside the ear, so for hygiene reasons a change-of-mind return is only \
possible if the hygiene seal on the box is unbroken. Earbuds that are faulty, damaged or not as \
described can always be returned within the 30 days, seal or not.

Before you send them back, remove the headphones from the Bluetooth settings of your devices and, if \
they use an app, reset them to factory settings as described in their manual.

After the 30 days, faulty headphones and earbuds are covered by our 2-year warranty: see "Warranty on \
headphones and earbuds".""",
    ),
    HelpArticle(
        slug="returning-phones-tablets-laptops",
        title="Returning phones, tablets and laptops",
        category="returns",
        body="""\
Phones, tablets, laptops and computers can be returned within 14 days of delivery.

Before sending the device back, back up your data, because we erase every returned device. Sign out of \
your accounts and turn off activation locks: Find My on Apple devices, your Google account on Android, \
your Microsoft account on Windows. A locked device cannot be refunded until the lock is removed. Then \
reset it to factory settings and remove SIM and memory cards.

Phones and tablets have no restocking fee. Laptops and computers that have been opened and are \
returned because you changed your mind have a 15% restocking fee, taken from the refund. There is no \
fee when the device is faulty, damaged or not what you ordered.

After 14 days, a faulty device is repaired or replaced under our 2-year warranty.""",
    ),
    HelpArticle(
        slug="items-that-cannot-be-returned",
        title="Items that cannot be returned",
        category="returns",
        body="""\
A few items cannot be returned for a refund. Gift cards, physical or digital, cannot be returned. \
Digital codes such as game codes, software licences and subscriptions cannot be returned once they \
have been revealed or redeemed. In-ear earbuds whose hygiene seal has been broken cannot be returned \
unless they are faulty. Items engraved or personalised for you cannot be returned, and neither can \
items sent back after their return window has ended.

Faulty items are always covered: within the return window you can return them for a refund, and after \
it our 2-year warranty (1 year for accessories) repairs or replaces them.

If you are not sure whether an item can be returned, ask our chat assistant "what is the return policy \
for <category>" or "can I return order <number>".""",
    ),
    HelpArticle(
        slug="exchanges",
        title="Can I exchange an item?",
        category="returns",
        body="""\
We do not do direct exchanges, because a return and a new order is faster for you: the new item ships \
as soon as you order it, instead of waiting for the old one to reach our warehouse.

To swap a colour, a size or a model, place a new order for the item you want, then open a return for \
the item you do not want within its return window. You are refunded for the returned item within 2 \
business days of its arrival.

If the item you received is faulty, damaged or not what you ordered, tell us in the return reason: we \
can send a replacement of the same item straight away, before the faulty one comes back, and the \
return label is free as always.""",
    ),
    HelpArticle(
        slug="refund-deductions-and-restocking-fees",
        title="Restocking fees and partial refunds",
        category="returns",
        body="""\
Most returns are refunded in full, including the original shipping if the item was faulty, damaged or \
wrong.

A refund can be lower than the price you paid in three cases only. An opened laptop or computer \
returned because you changed your mind has a 15% restocking fee. For missing accessories, cables, \
chargers or manuals we deduct their replacement price, or ask you to send them. For damage that was \
not there at delivery, such as scratches, dents or liquid damage, we deduct the cost of the repair, up \
to the full price, and tell you before we do.

Shipping costs of the original order are not refunded for change-of-mind returns. The return label is \
always free.

A refund that was already issued in part can be completed later, but the total refunded never exceeds \
what you paid for the order.""",
    ),
    HelpArticle(
        slug="return-window-missed",
        title="My return window has ended",
        category="returns",
        body="""\
The return window counts from the delivery date: 14 days for phones, tablets, laptops and computers, \
60 days for chargers, cables, cases and stands, and 30 days for everything else. Once it has ended we \
cannot accept a change-of-mind return.

If the item is faulty, it is still covered: electronics have a 2-year warranty and accessories a \
1-year warranty from the delivery date, and a warranty claim repairs or replaces the item at no cost \
(see "How to make a warranty claim").

If your parcel arrived late or you were away, tell us: if the carrier delivered later than the date on \
your order, the window starts from the real delivery date.""",
    ),
    # --- payments -------------------------------------------------------------------------------
    HelpArticle(
        slug="payment-methods",
        title="Accepted payment methods",
        category="payments",
        body="""\
We accept Visa, Mastercard, American Express and Discover credit and debit cards, PayPal, Apple Pay, \
Google Pay and Handrail Demo Shop gift cards. A gift card can be used alone or together with one of \
the other payment methods.

We do not accept cash on delivery, cheques, bank transfers or cryptocurrencies.

All prices are shown and charged in US dollars. If your card is in another currency, your bank \
converts the amount and may add a foreign transaction fee; we do not charge one.

Card payments are protected by 3-D Secure, so your bank may ask you to confirm the payment in its app \
or with a code. We never see or store your full card number: payments are processed by our payment \
provider, and we only keep the last four digits to help you recognise the card.""",
    ),
    HelpArticle(
        slug="when-you-are-charged",
        title="When is my card charged?",
        category="payments",
        body="""\
When you place an order, your bank puts an authorisation hold on your card for the order total. At \
this point the order status is "placed" and nothing has been charged yet.

We charge the card as soon as the payment is confirmed and the order moves to "paid", usually within a \
few minutes. The hold then turns into the charge, so you see one amount, not two.

If the payment cannot be confirmed within 48 hours, the order is cancelled and the hold is released. \
Your bank removes a released hold within 3-7 business days; some banks show it as "pending" until \
then, which is not a second charge.

PayPal, Apple Pay and Google Pay follow the same steps. Orders paid entirely with a gift card are \
charged to the gift card immediately.""",
    ),
    HelpArticle(
        slug="prices-and-price-match",
        title="Prices, discounts and price matching",
        category="payments",
        body="""\
Our prices are in US dollars and shown on each product page before sales tax, which is added at \
checkout where it applies (see "Invoices, VAT and sales tax"). The price you pay is the price in your \
basket when you place the order, even if the product page changes afterwards.

Current examples: wireless headphones cost $89, the noise-cancelling headphones $249, phone cases from \
$15 and USB-C chargers $25. Within the United States, standard shipping is free on orders of $50 or \
more and costs $4.95 below that.

If the price of something you bought drops within 14 days of delivery, we refund the difference: send \
us the order number and we will do the rest. We also match the price of a major retailer selling the \
same product new and in stock; ask us before you order.

Discount codes are entered in the basket. One code can be used per order, and codes cannot be combined \
with a price match.""",
    ),
    HelpArticle(
        slug="payment-declined",
        title="My payment was declined",
        category="payments",
        body="""\
A payment can be declined by your bank or by our payment provider's fraud checks. We are not told the \
exact reason, but there are a few usual ones. The billing address may not match the address your bank \
has for the card. The 3-D Secure confirmation in your banking app may not have been completed, or it \
timed out. The card may have reached its spending limit, or be blocked for online or foreign payments. \
Or the card number, expiry date or security code was mistyped.

Please check these, then try again or use another payment method such as PayPal. If your bank says the \
payment was approved but the order shows "placed" after 48 hours, the order is cancelled and the hold \
released; place the order again.

For your security our team cannot take card details by chat, e-mail or phone.""",
    ),
    HelpArticle(
        slug="refunds-to-original-payment-method",
        title="Where does a refund go?",
        category="payments",
        body="""\
Every refund goes back to the payment method used for the order: the same card, the same PayPal \
account or the same gift card. This protects you against fraud, so we cannot send a refund to another \
card, a bank account or as cash.

If the card has expired or been replaced since the order, the refund still reaches your account: banks \
pass refunds on to the new card. If the card account was closed, your bank will tell you how it pays \
the money out.

An order paid partly with a gift card and partly with a card is refunded in the same proportions.

A refund prepared by our chat assistant is approved by a manager before it is issued; this usually \
takes less than one business day, and the assistant tells you in the conversation when it is done.""",
    ),
    HelpArticle(
        slug="unexpected-or-double-charge",
        title="I see two charges or a charge I don't recognise",
        category="payments",
        body="""\
Seeing the amount twice usually means one of them is an authorisation hold, not a charge: when an \
order is placed and then paid, the hold and the charge can show side by side for a day or two before \
the hold disappears. A cancelled order leaves a hold that your bank removes within 3-7 business days.

Our charges appear on your statement as HANDRAIL DEMO SHOP with your order number.

If you see two completed charges for the same order, or a charge with no order in your account, \
contact us with the dates and amounts. We check the payment records and refund a duplicate charge the \
same day.

If you think your card was used without your permission, also contact your bank straight away to block \
the card.""",
    ),
    HelpArticle(
        slug="invoices-and-sales-tax",
        title="Invoices, VAT and sales tax",
        category="payments",
        body="""\
A PDF invoice is attached to the shipping confirmation e-mail of every order, and you can download it \
at any time from the Orders page of your account.

US sales tax is calculated at checkout from the delivery address and shown on the invoice. For the \
United Kingdom and the European Union, prices include VAT and import duties, and the invoice shows the \
VAT amount. Canadian orders are invoiced without Canadian taxes, which the carrier collects on \
delivery.

For a business invoice with your company name and VAT or tax number, ask our team before the order \
ships: we cannot change the name on an invoice once it has been issued.

If you return an item, you receive a credit note for the refunded amount by e-mail.""",
    ),
    HelpArticle(
        slug="gift-cards-and-promo-codes",
        title="Gift cards and promo codes",
        category="payments",
        body="""\
Gift cards are sold from $25 to $500, never expire, and can be used for any product in the shop, \
together with another payment method if the order costs more than the card's balance. They cannot be \
exchanged for cash, returned or refunded, except where the law requires it. A lost or stolen gift card \
can be replaced for its remaining balance if you have the order number it was bought with.

Promo codes are entered at checkout. Only one code can be used per order, it cannot be added to an \
order after it was placed, and codes do not apply to gift cards. A code's own terms, such as a minimum \
order value or an end date, are shown with the code.

If you return part of an order bought with a promo code, the refund is the price you actually paid for \
that item after the discount.""",
    ),
    # --- warranty -------------------------------------------------------------------------------
    HelpArticle(
        slug="warranty-overview",
        title="Our warranty",
        category="warranty",
        body="""\
Every electronic product we sell has a 2-year limited warranty from the delivery date: headphones and \
earbuds, phones and tablets, laptops and computers, smart watches and fitness trackers, gaming gear, \
and smart home devices and speakers. Chargers, cables, cases and stands have a 1-year warranty.

The warranty covers manufacturing defects: a product that stops working, buttons or ports that fail, \
charging faults, and batteries that hold less than 80% of their original capacity within the first 12 \
months.

It does not cover accidental damage such as drops and cracked screens, liquid damage beyond the \
product's water-resistance rating, loss or theft, normal wear of cushions, straps and ear tips, \
cosmetic scratches, or repairs made by someone other than us or the manufacturer.

A warranty claim repairs or replaces the product free of charge, shipping included. If we can neither \
repair nor replace it, we refund the price you paid. The warranty is on top of your legal rights, \
which it never reduces.""",
    ),
    HelpArticle(
        slug="headphones-warranty",
        title="Warranty on headphones and earbuds",
        category="warranty",
        body="""\
Headphones and earbuds have our 2-year warranty from the delivery date. The warranty covers one earbud \
or one side that stops playing sound or stops charging, a charging case that no longer charges the \
earbuds, active noise cancelling or the microphone failing, and Bluetooth that keeps disconnecting \
because of a hardware fault. A battery that lasts less than 80% of its original listening time within \
the first 12 months is covered too.

The warranty does not cover a lost earbud or case, damage from drops or from water beyond the \
product's IP rating, or worn ear tips and ear cushions, which are consumables. A single replacement \
earbud can be bought from us for $39.

Before making a claim, please reset the headphones as described in their manual and pair them again: \
this fixes most connection problems. If the fault remains, make a warranty claim with your order \
number and we send you a free return label. Repaired or replacement headphones are on their way within \
7-10 business days of your parcel's arrival.""",
    ),
    HelpArticle(
        slug="how-to-make-a-warranty-claim",
        title="How to make a warranty claim",
        category="warranty",
        body="""\
To make a warranty claim, contact our support team or ask our chat assistant with your order number, a \
short description of the fault, and a photo or short video if the fault can be seen.

We suggest a few troubleshooting steps first: many faults are solved by a reset or a software update, \
and this saves you sending the product away. If the fault remains, we confirm the claim and e-mail you \
a free prepaid label and a claim number.

Pack the product with its charger and cables. Back up your data and remove your accounts and \
activation locks from phones, tablets, computers and watches.

Within 7-10 business days of its arrival, we repair the product or send you a replacement. If neither \
is possible, we refund what you paid.

You need the order number or the invoice. If you received the product as a gift, the person who bought \
it can give you the order number, and the warranty transfers with the product.""",
    ),
    HelpArticle(
        slug="warranty-phones-laptops-wearables",
        title="Warranty on phones, laptops and smart watches",
        category="warranty",
        body="""\
Phones, tablets, laptops, computers, smart watches and fitness trackers have a 2-year warranty from \
the delivery date.

Screens: dead or stuck pixels are covered when there are three or more, or one in the centre of the \
screen. Cracked or scratched screens are accidental damage and are not covered; we can give you a \
quote for a paid repair instead.

Batteries: covered when they hold less than 80% of their capacity within the first 12 months. After \
that, a battery replacement is a paid repair.

Smart watches and fitness trackers: water resistance is covered up to the rated depth, straps are not \
covered.

We erase every device we repair or replace, so back up your data first, and remove activation locks \
(Find My, your Google or Microsoft account). A device that is still locked cannot be repaired and is \
sent back to you.""",
    ),
    HelpArticle(
        slug="warranty-or-return",
        title="Should I return it or make a warranty claim?",
        category="warranty",
        body="""\
If a product is faulty and you are still within its return window (14 days for phones, tablets, \
laptops and computers, 60 days for accessories, 30 days for everything else, counted from delivery), \
you can choose: return it for a full refund with no restocking fee, or make a warranty claim to have \
it repaired or replaced.

After the return window, a faulty product is handled under the warranty: 2 years for electronics, 1 \
year for chargers, cables, cases and stands.

A return is the quickest way to get your money back. A warranty claim is the better choice when you \
want to keep the same product, for example if it is sold out or its price has gone up.

Products out of warranty can be repaired for a fee: ask our team for a quote with your order number \
and a description of the fault.""",
    ),
    # --- account --------------------------------------------------------------------------------
    HelpArticle(
        slug="guest-orders",
        title="Ordering as a guest and tracking a guest order",
        category="account",
        body="""\
You do not need an account to order: at checkout choose "continue as guest" and give your e-mail \
address and delivery address.

To ask about a guest order, give our chat assistant the order number together with the e-mail address \
used for the order. For your privacy, the assistant only shows an order when both match, and it cannot \
open returns, refunds or account changes for guest orders: for those, sign in or contact our support \
team, who will verify the order with you.

If you later create an account with the same e-mail address, your guest orders appear in its order \
history automatically, and you can then manage them from your account or in chat.""",
    ),
    HelpArticle(
        slug="change-email-or-address",
        title="Changing your e-mail or delivery address",
        category="account",
        body="""\
You can change the e-mail address and the saved delivery address of your account in Account settings, \
or ask our chat assistant while you are signed in ("change my e-mail to ..." or "change my address to \
...").

Changes asked for in chat are checked by a member of our team before they are made, because an e-mail \
address controls your account and an address decides where your parcels go. This usually takes less \
than one business day, and the assistant tells you in the conversation when it is done.

When your e-mail address changes, we send a notice to the old address as well as a confirmation to the \
new one, so you would notice a change you did not ask for.

A new saved address is used for the orders you place afterwards. To change the address of an order \
that is already placed, see "Changing the delivery address of an order".""",
    ),
    HelpArticle(
        slug="reset-password-and-sign-in",
        title="Resetting your password and signing in",
        category="account",
        body="""\
To reset your password, choose "Forgot password" on the sign-in page and enter your account's e-mail \
address. We send a reset link that works once and expires after 60 minutes. If it does not arrive \
within a few minutes, check your spam folder, and check that you used the e-mail address of your \
account. Our chat assistant can also send you the reset link: ask it "I forgot my password".

After 5 wrong passwords in a row, your account is locked for 30 minutes to protect it. You can wait, \
or reset your password to unlock it straight away.

You can turn on two-step verification in Account settings: you then confirm each new sign-in with a \
code from an authenticator app.

We will never ask for your password by chat, e-mail or phone. If someone does, it is not us; please \
tell our team.""",
    ),
    HelpArticle(
        slug="close-your-account",
        title="Closing your account",
        category="account",
        body="""\
You can ask our support team to close your account at any time. Before we close it, orders that are \
not delivered yet must be delivered or cancelled, and open returns must be finished, so that nothing \
is left unpaid or unrefunded. Gift card balances saved in the account are lost when it closes, so \
please use them first.

Closing the account deletes your profile, saved addresses and preferences within 30 days. We keep the \
records of your orders for 7 years because tax law requires it, but they are no longer linked to a \
usable account and are not used for marketing.

If you only want to stop our e-mails, you do not need to close your account: see "Marketing e-mails \
and how to unsubscribe".""",
    ),
    HelpArticle(
        slug="contact-support",
        title="Contacting our support team",
        category="account",
        body="""\
Our chat assistant answers around the clock. It can look up your orders and their tracking, explain \
our policies, open returns, and prepare refunds and account changes for a member of our team to \
approve.

Our support team is available Monday to Friday from 8 am to 8 pm and on Saturday from 9 am to 5 pm \
Eastern Time. You can ask the assistant for a person at any time: the conversation is handed over with \
everything said so far, so you do not have to repeat yourself. Outside opening hours, you get an \
answer the next morning.

By e-mail, write to support@handrail-demo.example with your order number; we answer within one \
business day.

Please never send your password or full card number, by chat or e-mail.""",
    ),
    # --- privacy --------------------------------------------------------------------------------
    HelpArticle(
        slug="personal-data-we-keep",
        title="What personal data we keep and why",
        category="privacy",
        body="""\
To sell and deliver your orders we keep your name, e-mail address, phone number, delivery and billing \
addresses, your order history, and your conversations with our support team and chat assistant.

Card details are handled by our payment provider. We never see or store your full card number or \
security code; we only keep the card type and its last four digits.

We share only what each partner needs: carriers receive your name, address and phone number to deliver \
your parcel, and our payment provider receives what it needs to process the payment. We do not sell \
your data to anyone.

We keep order records for 7 years because tax law requires it, support conversations for 12 months, \
and marketing preferences until you change them or close your account.""",
    ),
    HelpArticle(
        slug="your-privacy-rights",
        title="Your privacy rights: access, correction, export and deletion",
        category="privacy",
        body="""\
You can ask us at any time for a copy of the personal data we hold about you, to correct data that is \
wrong, for an export of your data in a machine-readable file (JSON), to delete your data, or to stop \
using your data for marketing.

Send your request to our support team from the e-mail address of your account, or ask while signed in \
to the chat. We answer every request within 30 days, usually much sooner, and it is free.

When we delete your data we remove your profile, addresses and preferences and anonymise your support \
conversations. Order records are kept for 7 years because tax law requires it, and are then deleted \
automatically.

To protect you, we check that a request really comes from you before sending data or deleting \
anything.""",
    ),
    HelpArticle(
        slug="marketing-emails",
        title="Marketing e-mails and how to unsubscribe",
        category="privacy",
        body="""\
We only send marketing e-mails, such as offers and new products, if you agreed to them at checkout or \
in Account settings.

To stop them, click "unsubscribe" at the bottom of any marketing e-mail, or turn marketing off in \
Account settings. It takes effect immediately, although an e-mail already on its way may still arrive \
within 48 hours.

Service e-mails about your orders, returns, refunds and account security are not marketing and cannot \
be turned off while you have an account, because they tell you about things you asked for or need to \
know.

We never send marketing by text message, and we never share your e-mail address with other companies \
for their marketing.""",
    ),
    HelpArticle(
        slug="cookies",
        title="Cookies on our website",
        category="privacy",
        body="""\
Our website uses a few essential cookies that it needs to work: they keep you signed in, remember your \
basket and protect forms against forgery. These cannot be turned off.

With your consent, we also use analytics cookies to count visits and see which pages are slow or \
confusing. They do not identify you by name, and we do not use advertising or tracking cookies from \
other companies.

When you first visit, a banner lets you accept or refuse analytics cookies. You can change your choice \
at any time from the "Cookie settings" link at the bottom of every page. Refusing them does not change \
anything about ordering, prices or support.""",
    ),
    HelpArticle(
        slug="chat-assistant-and-your-data",
        title="How our chat assistant uses your data",
        category="privacy",
        body="""\
Our chat assistant is an automated program. When you are signed in, it can read your own account: your \
profile, your orders, their tracking and your returns. It never sees other customers' data, and for a \
guest order it needs the order number together with the e-mail address used for it.

The assistant can look things up and open returns by itself. Refunds and changes to your e-mail \
address or delivery address are only prepared by the assistant and carried out after a member of our \
team approves them.

Conversations are kept for 12 months so that our team can help you with follow-up questions and check \
the quality of the answers. Staff who review conversations only see what they need, and personal \
details such as card numbers are masked in our logs.

You can ask for a person at any time, and you can ask us to delete your conversations (see "Your \
privacy rights").""",
    ),
    HelpArticle(
        slug="phishing-and-scams",
        title="Suspicious e-mails, texts and calls",
        category="privacy",
        body="""\
Criminals sometimes pretend to be online shops to steal passwords or card details. We will never ask \
for your password, full card number or security code, by e-mail, chat, text or phone. We will never \
ask you to pay for a delivery or customs by text message or with a link. We will never ask you to \
install software or give remote access to your computer.

Our e-mails come only from addresses ending in @handrail-demo.example, and our links go to our own \
website.

If you receive something suspicious, do not click its links. Forward it to our support team, and if \
you have already entered your password somewhere, reset it right away and turn on two-step \
verification. If you gave card details, call your bank to block the card.""",
    ),
)
