-- Repeatable: re-applied whenever this file changes. One row per order with its line count.
CREATE OR REPLACE VIEW order_summary AS
SELECT o.id, o.customer_id, o.status, o.total_cents, o.placed_at, count(l.id) AS line_count
FROM orders o
LEFT JOIN order_lines l ON l.order_id = o.id
GROUP BY o.id;
