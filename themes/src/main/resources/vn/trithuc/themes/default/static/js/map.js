/*
 * The tourism map: Leaflet over the GeoJSON endpoint named by the map element. The page lists
 * every place as well, so nothing depends on this script.
 */
(function () {
  'use strict';
  var element = document.getElementById('map');
  if (!element || !window.L || !window.fetch) {
    return;
  }
  element.classList.add('map-ready');
  var colours = {heritage: '#a3261e', food: '#9a5200', lodging: '#1d5fa8', health: '#1b7339'};
  var map = L.map(element, {scrollWheelZoom: false}).setView([21.0285, 105.8542], 13);
  L.tileLayer(element.dataset.tiles, {maxZoom: 19, attribution: element.dataset.attribution}).addTo(map);
  var markers = {};

  function popup(properties) {
    var box = document.createElement('div');
    var link = document.createElement('a');
    link.href = properties.url;
    link.textContent = properties.title;
    link.lang = properties.language;
    box.appendChild(link);
    [properties.address, properties.openingHours].forEach(function (line) {
      if (line) {
        var p = document.createElement('p');
        p.textContent = line;
        box.appendChild(p);
      }
    });
    return box;
  }

  function focus(hash) {
    var slug = hash.replace(/^#place-/, '');
    try {
      slug = decodeURIComponent(slug); // a name in another script arrives percent-encoded
    } catch (malformed) {
      return;
    }
    if (markers[slug]) {
      map.setView(markers[slug].getLatLng(), 17);
      markers[slug].openPopup();
      element.scrollIntoView();
    }
  }

  fetch(element.dataset.geojson, {headers: {Accept: 'application/geo+json'}})
    .then(function (response) { return response.json(); })
    .then(function (data) {
      var layer = L.geoJSON(data, {
        pointToLayer: function (feature, latlng) {
          return L.circleMarker(latlng, {radius: 9, color: '#fff', weight: 2, fillOpacity: 0.9,
            fillColor: colours[feature.properties.kind] || '#4a4a4a'});
        },
        onEachFeature: function (feature, marker) {
          marker.bindPopup(popup(feature.properties));
          markers[feature.properties.slug] = marker;
        }
      }).addTo(map);
      if (data.features.length) {
        map.fitBounds(layer.getBounds(), {padding: [24, 24], maxZoom: 16});
      }
      if (location.hash.indexOf('#place-') === 0) {
        focus(location.hash);
      }
    });

  document.querySelectorAll('.places a').forEach(function (link) {
    link.addEventListener('click', function (event) {
      var slug = link.parentNode.id.replace(/^place-/, '');
      if (markers[slug] && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        focus('#place-' + slug);
      }
    });
  });

  var nearMe = document.querySelector('.near-me');
  if (nearMe && navigator.geolocation) {
    nearMe.hidden = false;
    nearMe.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        var here = [position.coords.latitude, position.coords.longitude];
        L.circleMarker(here, {radius: 6, color: '#0b57d0', fillOpacity: 1}).addTo(map);
        map.setView(here, 15);
      });
    });
  }
})();
