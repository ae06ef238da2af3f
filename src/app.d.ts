// Ambient SvelteKit types for factboard: the language the hooks choose for each request.
declare global {
	namespace App {
		interface Locals {
			lang: 'zh' | 'en';
		}
	}
}
export {};
