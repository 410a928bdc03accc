import type { FakeBusiness } from "./fake-business";
/** A dental clinic in Madrid, the week of Tuesday 24 November 2026 (see model.test.ts). */
const slot = (iso: string, label: string) => ({ startsAt: iso, endsAt: iso, label, resourceId: "11111111-1111-4111-8111-111111111111", resourceName: "Dra. Ruiz", serviceId: "22222222-2222-4222-8222-222222222222", serviceName: "Limpieza dental" });
export const demoBusiness: FakeBusiness = {
  orders: [{ number: "8842", status: "shipped", statusLabel: "enviado", carrier: "SEUR", trackingNumber: "SE123", trackingUrl: null, eta: "2026-11-27", total: null, deliveryOptions: ["Entrega el sábado por la mañana", "Recogida en la clínica"], deliveryChange: null, lines: [] }],
  slots: [slot("2026-11-27T09:00:00+01:00", "viernes 27 de noviembre, 9:00"), slot("2026-11-27T17:00:00+01:00", "viernes 27 de noviembre, 17:00"), slot("2026-11-27T17:30:00+01:00", "viernes 27 de noviembre, 17:30"), slot("2026-11-28T10:00:00+01:00", "sábado 28 de noviembre, 10:00")],
  services: [{ id: "22222222-2222-4222-8222-222222222222", name: "Limpieza dental", price: { amountMicros: 60e6, currency: "EUR", display: "60,00 €" }, durationMinutes: 45 }, { id: "33333333-3333-4333-8333-333333333333", name: "Blanqueamiento", price: { amountMicros: 250e6, currency: "EUR", display: "250,00 €" }, durationMinutes: 60 }, { id: "44444444-4444-4444-8444-444444444444", name: "Corte de pelo", price: { amountMicros: 18e6, currency: "EUR", display: "18,00 €" }, durationMinutes: 30 }],
  hours: [1,2,3,4,5,6,0].map((d) => ({ weekday: d, label: d === 0 ? "domingo: cerrado" : d === 6 ? "sábado: 10:00–14:00" : `${["","lunes","martes","miércoles","jueves","viernes"][d]}: 9:00–14:00 y 16:00–20:00`, ranges: [] })),
  holidays: [{ date: "2026-12-08", name: "Inmaculada" }],
  address: "Calle Mayor 5, Madrid",
  contact: { phone: "+34 910 000 000", email: "hola@clinica.test", website: "clinica.test" },
  facts: [{ key: "parking", value: "Hay parking gratuito para clientes en el sótano." }, { key: "payment_methods", value: "Aceptamos tarjeta, efectivo y Bizum." }],
  faqs: [{ question: "¿Hacéis envíos a Canarias?", answer: "Sí, enviamos a Canarias en 3-5 días laborables." }, { question: "¿Puedo devolver un producto?", answer: "Tienes 30 días para devolverlo sin coste." }],
  leadQuestions: [{ field: "name", question: "¿Cómo te llamas?" }, { field: "email", question: "¿Cuál es tu email?" }],
  openNow: false, nextOpen: { at: "2026-11-25T08:00:00Z", label: "mañana a las 9:00" },
  appointment: { id: "55555555-5555-4555-8555-555555555555", label: "jueves 26 de noviembre, 10:00" },
};
