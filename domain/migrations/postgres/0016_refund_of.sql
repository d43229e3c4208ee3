-- A refund names the charge it gives back, so a refund that the gateway could not make at
-- once (it was down) is found and tried again, and no charge is ever refunded twice.
ALTER TABLE payments ADD COLUMN refund_of BIGINT REFERENCES payments(id);
UPDATE payments SET refund_of = (
    SELECT c.id FROM payments c
    WHERE c.order_id = payments.order_id AND c.kind = 'charge' AND c.status = 'succeeded'
    ORDER BY c.id LIMIT 1
) WHERE kind = 'refund';
CREATE UNIQUE INDEX payments_refund_of ON payments(refund_of);
