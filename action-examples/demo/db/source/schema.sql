-- The source ("production") database's tables the shop data set copies from: same columns as the shop's own.
CREATE TABLE products (
  id integer PRIMARY KEY,
  sku text NOT NULL UNIQUE,
  name text NOT NULL,
  price_cents integer NOT NULL,
  stock integer NOT NULL
);

CREATE TABLE customers (
  id integer PRIMARY KEY,
  email text NOT NULL,
  name text NOT NULL,
  phone text
);
