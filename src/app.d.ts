// Ambient SvelteKit types for factboard.
declare global {
	namespace App {}
}
export {};
