import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Native and WASM packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres", "tesseract.js", "tesseract.js-core"],
  poweredByHeader: false,
  // Photos (5 MB) and voice notes (16 MB) are uploaded through server actions: WhatsApp's own limits, plus form overhead.
  experimental: { serverActions: { bodySizeLimit: "17mb" } },
};

export default withNextIntl(nextConfig);
