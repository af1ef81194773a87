// Real servers take real time (consumer-group joins, broker restarts); limits stay generous but bounded.
jest.setTimeout(180_000);
