/** Time zones offered when creating a workspace: Spain, Portugal and Latin America first. */
export const TIME_ZONES = [
  "Europe/Madrid",
  "Atlantic/Canary",
  "Europe/Lisbon",
  "America/Mexico_City",
  "America/Bogota",
  "America/Lima",
  "America/Santiago",
  "America/Argentina/Buenos_Aires",
  "America/Montevideo",
  "America/Caracas",
  "America/Guatemala",
  "America/Costa_Rica",
  "America/Panama",
  "America/Santo_Domingo",
  "America/Guayaquil",
  "America/La_Paz",
  "America/Asuncion",
  "America/Sao_Paulo",
  "America/New_York",
  "UTC",
] as const;

export const isKnownTimeZone = (tz: string) => (TIME_ZONES as readonly string[]).includes(tz);
