/** Question categories, in the order the guide lists them; alone here so the browser can import it without the content schemas. */
export const CATEGORIES = ['behavioral', 'situational', 'motivational', 'technical', 'background'] as const;
