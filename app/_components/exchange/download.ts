// Saves text as a file in the browser: a Blob, an object URL and a temporary <a download>.

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.hidden = true;
  document.body.append(link); // Firefox only follows links that are in the document.
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; the URL is only memory until then.
  window.setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
