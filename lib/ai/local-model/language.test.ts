import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language";

describe("detectLanguage", () => {
  const cases: [string, "es" | "en" | "pt"][] = [
    ["Hola, ¿qué tal? Quería saber el horario", "es"],
    ["buenas, tienen turno para mañana?", "es"],
    ["che, ¿vos sabés si abren el domingo?", "es"],
    ["me regala una cita por fa", "es"],
    ["Where is my order?", "en"],
    ["hi, can I book for tomorrow", "en"],
    ["I'm fed up, nobody answers", "en"],
    ["Olá, onde fica a loja?", "pt"],
    ["vcs abrem que horas?", "pt"],
    ["não recebi meu pedido ainda", "pt"],
    ["Prefiro retirar pessoalmente", "pt"],
    ["queria marcar uma consulta para sexta", "pt"],
    ["obrigado!", "pt"],
    ["Gostava de saber o preço", "pt"],
  ];
  for (const [text, language] of cases) it(`${language}: ${text}`, () => expect(detectLanguage(text, "es").language).toBe(language));

  it("keeps the conversation's language when the words do not decide", () => {
    for (const text of ["ok", "8842", "👍", "Confirmar", "10:30"]) expect(detectLanguage(text, "pt").language).toBe("pt");
    expect(detectLanguage("ok", "en").language).toBe("en");
    expect(detectLanguage("la segunda", "es").language).toBe("es");
    expect(detectLanguage("sí", "pt").language).toBe("es");
  });

  it("switches language on a one-word greeting in another language", () => {
    expect(detectLanguage("Hi", "es").language).toBe("en");
    expect(detectLanguage("Oi", "es").language).toBe("pt");
    expect(detectLanguage("Hola", "pt").language).toBe("es");
  });
});
