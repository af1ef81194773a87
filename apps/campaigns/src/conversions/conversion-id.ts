import { v5 as uuidv5 } from 'uuid';

// A conversion's id derives from the shop's order id, so every retry of an order (by GraphQL or the
// webhook) lands on the same stream, whichever replica takes it.
const CONVERSION_ID_NAMESPACE = '3b1f6c1e-2a8d-4f55-9d0e-7c5a4e2b9f10';

export const conversionIdOf = (externalOrderId: string) => uuidv5(externalOrderId.trim(), CONVERSION_ID_NAMESPACE);
