/** The demo workspace: a dental clinic in Madrid. Text is Spanish because the business is. */
export const DEMO_PASSWORD = "sonrisa-demo-2026";

export const DEMO_TENANT = { name: "Clínica Dental Sonrisa", slug: "clinica-sonrisa", timeZone: "Europe/Madrid", defaultLocale: "es" };

export const DEMO_USERS = [
  { key: "owner", name: "Lucía Fernández", email: "lucia@clinicasonrisa.test", role: "owner" as const },
  { key: "agent", name: "Pablo Martín", email: "pablo@clinicasonrisa.test", role: "agent" as const },
];

export const DEMO_CONTACTS = [
  { key: "carmen", name: "Carmen López", waId: "34612345678", marketing: ["opted_in"] as const },
  { key: "javier", name: "Javier Ruiz", waId: "34623456789", marketing: ["opted_in", "opted_out"] as const },
  { key: "ana", name: "Ana Torres", waId: "34634567890", marketing: [] as const },
  { key: "diego", name: "Diego Navarro", waId: "34645678901", marketing: ["opted_in"] as const },
];

type SeedMessage = { from: "contact" | "bot" | "agent"; body: string; minutesAgo: number };

export const DEMO_CONVERSATIONS: {
  key: string;
  contact: string;
  status: "open" | "pending" | "closed";
  handledBy: "bot" | "human";
  tags: string[];
  intent: string;
  messages: SeedMessage[];
}[] = [
  {
    key: "carmen-cita",
    contact: "carmen",
    status: "open",
    handledBy: "bot",
    tags: ["cita"],
    intent: "book_appointment",
    messages: [
      { from: "contact", body: "Hola, ¿tenéis hueco para una limpieza el jueves por la tarde?", minutesAgo: 12 },
      { from: "bot", body: "¡Hola Carmen! El jueves tenemos libre a las 17:00 y a las 18:30. ¿Cuál te viene mejor?", minutesAgo: 11 },
      { from: "contact", body: "A las 18:30 perfecto", minutesAgo: 4 },
    ],
  },
  {
    key: "javier-factura",
    contact: "javier",
    status: "open",
    handledBy: "human",
    tags: ["factura"],
    intent: "talk_to_human",
    messages: [
      { from: "contact", body: "Me habéis cobrado dos veces la revisión de octubre", minutesAgo: 95 },
      { from: "bot", body: "Lo siento, Javier. Paso tu consulta a una persona del equipo, que te responderá en breve.", minutesAgo: 94 },
      { from: "agent", body: "Hola Javier, soy Pablo. Lo reviso ahora mismo con administración.", minutesAgo: 60 },
    ],
  },
  {
    key: "ana-horario",
    contact: "ana",
    status: "pending",
    handledBy: "bot",
    tags: [],
    intent: "hours",
    messages: [
      { from: "contact", body: "¿Abrís los sábados?", minutesAgo: 300 },
      { from: "bot", body: "Los sábados abrimos de 10:00 a 14:00. ¿Quieres que te reserve una cita?", minutesAgo: 299 },
    ],
  },
  {
    key: "diego-gracias",
    contact: "diego",
    status: "closed",
    handledBy: "bot",
    tags: ["recordatorio"],
    intent: "thanks",
    messages: [
      { from: "bot", body: "Recordatorio: mañana a las 10:00 tienes tu cita de ortodoncia. Responde SÍ para confirmar.", minutesAgo: 1500 },
      { from: "contact", body: "SÍ, allí estaré. ¡Gracias!", minutesAgo: 1440 },
    ],
  },
];
