/** Shared by the load generator and the servers under load. */
export const benchSigningSecret = 'bench-signing-secret-5c1e';
/** The demo tenant's "today" (its reservations are quoted as of this instant). */
export const benchNow = '2026-11-28T12:00:00Z';
/** Dev Patel, a sales agent of the demo tenant: allowed to see and to request refunds. */
export const benchUserId = 'U05DEV8PATL';
export const benchReservation = 'VM_RI_D2s_weu';
/** What a correct answer shows: the reservation's ID, and the refund of its quote (README). */
export const benchReservationId = '5e846895-1305-47bf-aacd-bfb78c537b62';
export const benchRefund = '$248.81';
