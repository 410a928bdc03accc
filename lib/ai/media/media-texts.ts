import type { Language } from "../types";
import type { ReceiptData } from "./receipt";
import { formatMoney } from "./receipt-money";

/**
 * How a photo, voice note or file is put into the conversation for the model ("[Foto de un
 * ticket: pedido 8842, total 59,90 €]"), and what the customer is told when the assistant cannot
 * take it in, per language. Every figure comes from what was read: nothing is added.
 */
type MediaTexts = {
  receipt: (parts: string[]) => string;
  order: (n: string) => string;
  total: (t: string) => string;
  date: (d: string) => string;
  imageWithText: (excerpt: string) => string;
  imageUnread: string;
  image: string;
  sticker: string;
  voice: (transcript: string) => string;
  voiceUnheard: string;
  video: string;
  document: (name: string | null) => string;
  reply: { voiceNoModel: string; voiceFailed: string; image: string; video: string; document: string };
};

const TEXTS: Record<Language, MediaTexts> = {
  es: {
    receipt: (p) => `[Foto de un ticket${p.length ? `: ${p.join(", ")}` : ""}]`,
    order: (n) => `pedido ${n}`,
    total: (t) => `total ${t}`,
    date: (d) => `fecha ${d}`,
    imageWithText: (e) => `[Foto con texto: «${e}»]`,
    imageUnread: "[Foto: no se ha podido leer ningún texto en ella]",
    image: "[Foto]",
    sticker: "[Sticker]",
    voice: (t) => `[Nota de voz] ${t}`,
    voiceUnheard: "[Nota de voz: no se ha podido transcribir]",
    video: "[Vídeo]",
    document: (n) => (n ? `[Documento: ${n}]` : "[Documento]"),
    reply: {
      voiceNoModel: "No puedo escuchar notas de voz. Se la paso a una persona del equipo.",
      voiceFailed: "No he podido escuchar bien tu nota de voz. Se la paso a una persona del equipo.",
      image: "He recibido tu foto, pero no puedo ver lo que muestra. Se la paso a una persona del equipo.",
      video: "He recibido tu vídeo, pero no puedo verlo. Se lo paso a una persona del equipo.",
      document: "He recibido tu documento, pero no puedo abrirlo. Se lo paso a una persona del equipo.",
    },
  },
  en: {
    receipt: (p) => `[Photo of a receipt${p.length ? `: ${p.join(", ")}` : ""}]`,
    order: (n) => `order ${n}`,
    total: (t) => `total ${t}`,
    date: (d) => `date ${d}`,
    imageWithText: (e) => `[Photo with text: "${e}"]`,
    imageUnread: "[Photo: no text could be read in it]",
    image: "[Photo]",
    sticker: "[Sticker]",
    voice: (t) => `[Voice note] ${t}`,
    voiceUnheard: "[Voice note: could not be transcribed]",
    video: "[Video]",
    document: (n) => (n ? `[Document: ${n}]` : "[Document]"),
    reply: {
      voiceNoModel: "I can't listen to voice notes. I'm passing it to someone on the team.",
      voiceFailed: "I couldn't make out your voice note. I'm passing it to someone on the team.",
      image: "I got your photo, but I can't see what it shows. I'm passing it to someone on the team.",
      video: "I got your video, but I can't watch it. I'm passing it to someone on the team.",
      document: "I got your document, but I can't open it. I'm passing it to someone on the team.",
    },
  },
  pt: {
    receipt: (p) => `[Foto de um recibo${p.length ? `: ${p.join(", ")}` : ""}]`,
    order: (n) => `pedido ${n}`,
    total: (t) => `total ${t}`,
    date: (d) => `data ${d}`,
    imageWithText: (e) => `[Foto com texto: "${e}"]`,
    imageUnread: "[Foto: não foi possível ler nenhum texto nela]",
    image: "[Foto]",
    sticker: "[Figurinha]",
    voice: (t) => `[Mensagem de voz] ${t}`,
    voiceUnheard: "[Mensagem de voz: não foi possível transcrever]",
    video: "[Vídeo]",
    document: (n) => (n ? `[Documento: ${n}]` : "[Documento]"),
    reply: {
      voiceNoModel: "Não consigo ouvir mensagens de voz. Vou passar para uma pessoa da equipe.",
      voiceFailed: "Não consegui entender sua mensagem de voz. Vou passar para uma pessoa da equipe.",
      image: "Recebi sua foto, mas não consigo ver o que ela mostra. Vou passar para uma pessoa da equipe.",
      video: "Recebi seu vídeo, mas não consigo assistir. Vou passar para uma pessoa da equipe.",
      document: "Recebi seu documento, mas não consigo abrir. Vou passar para uma pessoa da equipe.",
    },
  },
};

export function mediaTexts(language: Language): MediaTexts {
  return TEXTS[language] ?? TEXTS.es;
}

/** "[Foto de un ticket: pedido 8842, total 59,90 €, fecha 12/03/2024]" — only what was read. */
export function describeReceipt(receipt: ReceiptData, language: Language): string {
  const t = mediaTexts(language);
  const parts = [
    ...receipt.orderNumbers.slice(0, 2).map(t.order),
    ...receipt.totals.slice(0, 2).map((x) => t.total(formatMoney(x))),
    ...receipt.dates.slice(0, 1).map((d) => t.date(language === "en" ? d : d.split("-").reverse().join("/"))),
  ];
  return t.receipt(parts);
}
