/** URL-safe workspace slug from a business name: "Clínica Dental Sonrisa" → "clinica-dental-sonrisa". */
export function slugify(name: string): string {
  const base = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return base.length >= 2 ? base : `workspace${base ? `-${base}` : ""}`;
}

/** Slugs that would collide with app routes or look official. */
export const RESERVED_SLUGS = new Set(["new", "api", "admin", "settings", "app", "hilo", "www", "w"]);

export function withSuffix(slug: string, n: number): string {
  return n <= 1 ? slug : `${slug}-${n}`;
}
