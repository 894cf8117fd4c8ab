// Stand-in for office-addin-manifest, whose ESM-only dependencies break jest on Node 20.
// office-addin-mock needs only the OfficeApp enum (values copied from office-addin-manifest).
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
